<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="105"/>
        <source>What must change</source>
        <translation>需要整改的内容</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="109"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="114"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="115"/>
        <source>Add action</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="137"/>
        <source>• {0} — {1}, due {2}</source>
        <translation>• {0} — {1}，截止 {2}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="140"/>
        <source>No corrective action recorded yet.</source>
        <translation>尚未记录整改措施。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../auditapp/ui/app.py" line="114"/>
        <source>Something went wrong: {0}

Everything saved so far is kept.</source>
        <translation>出错了：{0}

此前已保存的内容都会保留。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/app.py" line="91"/>
        <source>No backup was made: {0}

Nothing saved is affected; the next start tries again.</source>
        <translation>未能完成备份：{0}

已保存的内容不受影响；下次启动时会再次尝试。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../auditapp/ui/models.py" line="234"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="235"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="236"/>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="243"/>
        <source>Mystery shop</source>
        <translation>神秘顾客暗访</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="244"/>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="245"/>
        <source>Self-assessment</source>
        <translation>自查</translation>
    </message>
</context>
<context>
    <name>AuditRunner</name>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="131"/>
        <source>Keys:</source>
        <translation>快捷键：</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="132"/>
        <source>Show all the keys</source>
        <translation>显示全部快捷键</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="149"/>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="532"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="164"/>
        <source>Show the sections and items in place of guidance and photos</source>
        <translation>显示分项与审核项（代替判定指引和照片）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="172"/>
        <source>v{0}, revision {1}</source>
        <translation>v{0}，修订版 {1}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="185"/>
        <source>Finish…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="186"/>
        <source>Check what is missing and finish (Ctrl+Enter)</source>
        <translation>检查缺漏并完成 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="204"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="221"/>
        <source>◀ Previous</source>
        <translation>◀ 上一项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="221"/>
        <source>Previous item (Up or K)</source>
        <translation>上一审核项 (Up 或 K)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="222"/>
        <source>Next ▶</source>
        <translation>下一项 ▶</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="222"/>
        <source>Next item (Down, J or Enter)</source>
        <translation>下一审核项 (Down、J 或 Enter)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="224"/>
        <source>Next section</source>
        <translation>下一分项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="225"/>
        <source>Next section (Ctrl+Down or PgDn)</source>
        <translation>下一分项 (Ctrl+Down 或 PgDn)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="229"/>
        <source>Next open required</source>
        <translation>下一未答必答项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="230"/>
        <source>Jump to the next open required item (Ctrl+U)</source>
        <translation>跳到下一个未作答的必答项 (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="238"/>
        <source>Open ▶</source>
        <translation>待答 ▶</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="257"/>
        <source>Guidance</source>
        <translation>判定指引</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="379"/>
        <source>Section {0} of {1}: {2} · item {3} of {4}</source>
        <translation>分项 {0}/{1}：{2} · 审核项 {3}/{4}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="387"/>
        <source>hidden by an earlier answer</source>
        <translation>因先前的答案而隐藏</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="399"/>
        <source>No guidance for this item.</source>
        <translation>此审核项没有判定指引。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="483"/>
        <source>The clipboard holds no image or image file to paste.</source>
        <translation>剪贴板中没有可粘贴的图像或图像文件。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="508"/>
        <source>Score {0}%</source>
        <translation>得分 {0}%</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="508"/>
        <source>Score –</source>
        <translation>得分 –</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="511"/>
        <source>(capped)</source>
        <translation>(已封顶)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="514"/>
        <source>Critical failure</source>
        <translation>关键项不通过</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="519"/>
        <source>Grade {0} ({1})</source>
        <translation>等级 {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="521"/>
        <source>Grade –</source>
        <translation>等级 –</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="526"/>
        <source>%n required open</source>
        <translation>
            <numerusform>%n 个必答项未答</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="526"/>
        <source>All required answered</source>
        <translation>必答项已全部作答</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="539"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="539"/>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="542"/>
        <source>This audit is {0} and locked: answers are read-only. Reopen it (with a reason) to change anything.</source>
        <translation>此审核{0}并已锁定：答案为只读。如需修改，请重新打开（需填写原因）。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../auditapp/ui/models.py" line="93"/>
        <source>Site</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="94"/>
        <source>Site name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="95"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="96"/>
        <source>Form</source>
        <translation>审核表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="97"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="98"/>
        <source>Score %</source>
        <translation>得分 %</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="99"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="100"/>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="101"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="194"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="195"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="196"/>
        <source>Site</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="197"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="198"/>
        <source>Form</source>
        <translation>审核表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="199"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="200"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="205"/>
        <source>Site code or name, auditor, audit id</source>
        <translation>网点编号或名称、审核员、审核编号</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="206"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="207"/>
        <source>New audit…</source>
        <translation>新建审核…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="212"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="215"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/audits_page.py" line="222"/>
        <source>%n audit(s)</source>
        <translation>
            <numerusform>%n 次审核</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="246"/>
        <source>All sites</source>
        <translation>全部网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="250"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="253"/>
        <source>All forms</source>
        <translation>全部审核表</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../auditapp/ui/background.py" line="82"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CheckEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/item_editors.py" line="44"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_editors.py" line="44"/>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_editors.py" line="46"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="44"/>
        <source>Create a signing identity</source>
        <translation>创建签名身份</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="56"/>
        <source>A key pair and a certificate naming {0} ({1}) will be kept in the data folder, encrypted with the passphrase. Reports and workbooks you export are signed with it. A lost passphrase cannot be recovered.</source>
        <translation>密钥对和一份载明 {0} ({1}) 的证书将保存在数据文件夹中，并用密码短语加密。您导出的报告和工作簿都将用它签名。密码短语一旦丢失便无法找回。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="59"/>
        <source>no id</source>
        <translation>无编号</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="63"/>
        <source>Organisation (optional):</source>
        <translation>组织 (可选):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="64"/>
        <source>Passphrase:</source>
        <translation>密码短语:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="65"/>
        <source>Repeat passphrase:</source>
        <translation>再次输入密码短语:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="80"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>两次输入的密码短语不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="84"/>
        <source>The passphrase needs at least {0} characters.</source>
        <translation>密码短语至少需要 {0} 个字符。</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="130"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="130"/>
        <source>Use today&apos;s date</source>
        <translation>使用今天的日期</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="132"/>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="132"/>
        <source>Pick the date on a calendar</source>
        <translation>在日历上选择日期</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="138"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="145"/>
        <source>Pick the date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="103"/>
        <source>There is no signing identity in this data folder yet (Settings, Signing identity). Export without a digital signature?</source>
        <translation>此数据文件夹中还没有签名身份（见“设置”中的“签名身份”）。是否不带数字签名导出？</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="112"/>
        <source>Passphrase of your signing identity:</source>
        <translation>签名身份的密码短语:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="143"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="146"/>
        <source>Choose an audit in the list first.</source>
        <translation>请先在列表中选择一个审核。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="155"/>
        <source>PDF reports</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="169"/>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="169"/>
        <source>not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="170"/>
        <source>Report written to {0} ({1}).</source>
        <translation>报告已写入 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="175"/>
        <source>The report was written; it could not show everything:</source>
        <translation>报告已写入，但有些内容无法显示:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="186"/>
        <source>Export Excel workbook</source>
        <translation>导出 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="189"/>
        <source>No audits match the filters.</source>
        <translation>没有符合筛选条件的审核。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="197"/>
        <location filename="../../auditapp/ui/pages/exports.py" line="236"/>
        <source>Excel workbooks</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="214"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/exports.py" line="216"/>
        <source>%n audit(s) written to {0}</source>
        <translation>
            <numerusform>已将 %n 次审核写入 {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="218"/>
        <source>(unsigned draft: head office will not import it)</source>
        <translation>(未签名草稿：总部不会导入)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/exports.py" line="223"/>
        <source>Exporting %n audit(s)…</source>
        <translation>
            <numerusform>正在导出 %n 次审核…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="234"/>
        <source>Import workbooks</source>
        <translation>导入工作簿</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/exports.py" line="256"/>
        <source>Import finished: %n outcome(s).</source>
        <translation>
            <numerusform>导入完成：%n 条结果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="211"/>
        <source>Finish the audit</source>
        <translation>完成审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="238"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="239"/>
        <source>Complete and lock</source>
        <translation>完成并锁定</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="263"/>
        <source>Item {0} &apos;{1}&apos;</source>
        <translation>审核项 {0}“{1}”</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="266"/>
        <source>1. Check</source>
        <translation>1. 检查</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="279"/>
        <source>2. Corrective actions for failed items</source>
        <translation>2. 不通过项的整改措施</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="297"/>
        <source>3. Signatures</source>
        <translation>3. 签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="302"/>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="304"/>
        <source>Auditor&apos;s printed name</source>
        <translation>审核员姓名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="308"/>
        <source>Site representative</source>
        <translation>网点代表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="310"/>
        <source>Printed name of the site representative</source>
        <translation>网点代表姓名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="328"/>
        <source>Signed {0}</source>
        <translation>已于 {0} 签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="342"/>
        <source>{0} · site {1} · revision {2} · score {3}% · grade {4}</source>
        <translation>{0} · 网点 {1} · 修订版 {2} · 得分 {3}% · 等级 {4}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="353"/>
        <source>unanswered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="354"/>
        <source>photo evidence required</source>
        <translation>需要照片证据</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="355"/>
        <source>comment required</source>
        <translation>需要备注</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="362"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="372"/>
        <source>{0} point(s) must be settled before the audit can be completed. Choose one to go to it.</source>
        <translation>完成审核前还有 {0} 个问题需要处理。点选一项即可跳转过去。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="379"/>
        <source>Nothing is missing: every required item is answered with its evidence.</source>
        <translation>没有缺漏：所有必答项均已作答并附有证据。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="404"/>
        <source>No item failed: no corrective action is needed.</source>
        <translation>没有不通过项，无需整改措施。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="406"/>
        <source>{0} failed item(s), {1} still without a corrective action.</source>
        <translation>{0} 个不通过项，其中 {1} 个尚无整改措施。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="410"/>
        <source>{0} failed item(s), each with a corrective action.</source>
        <translation>{0} 个不通过项，均已有整改措施。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="422"/>
        <source>This audit is completed and locked; reopen it to change it.</source>
        <translation>此审核已完成并锁定；如需修改，请重新打开。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="423"/>
        <source>This audit is signed and locked; reopen it to change it.</source>
        <translation>此审核已签名并锁定；如需修改，请重新打开。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="426"/>
        <source>Settle the open points first.</source>
        <translation>请先处理未完成的问题。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="430"/>
        <source>Enter the auditor&apos;s printed name.</source>
        <translation>请输入审核员姓名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="431"/>
        <source>The auditor has not signed yet.</source>
        <translation>审核员尚未签名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="435"/>
        <source>Enter the site representative&apos;s printed name.</source>
        <translation>请输入网点代表姓名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="436"/>
        <source>The site representative has not signed yet.</source>
        <translation>网点代表尚未签名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="471"/>
        <source>{0}: give the owner of the action, or clear it.</source>
        <translation>{0}：请填写该措施的负责人，或将其清除。</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="99"/>
        <source>Welcome to ServiceAudit</source>
        <translation>欢迎使用 ServiceAudit</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="102"/>
        <source>This data folder is new. First, tell ServiceAudit who you are: your name and id go on every audit you start and on the certificate that signs your reports.</source>
        <translation>这是一个新的数据文件夹。首先，请告诉 ServiceAudit 您是谁：您的姓名和编号会记录在您发起的每次审核上，也会写入为您的报告签名的证书。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="108"/>
        <source>Next, the sites you audit. Import them from a CSV or Excel file with the columns {0} (one site per row), or load the demo data to try everything out first.</source>
        <translation>接下来是您要审核的网点。可从包含 {0} 列的 CSV 或 Excel 文件导入（每行一个网点），也可以先加载演示数据，试用全部功能。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="114"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="115"/>
        <source>Import sites from a file…</source>
        <translation>从文件导入网点…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="116"/>
        <source>Load the demo data (sites, forms and sample audits)</source>
        <translation>加载演示数据（网点、审核表和示例审核）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="117"/>
        <source>Skip for now</source>
        <translation>暂时跳过</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="121"/>
        <source>Step 1 of 2: your auditor profile</source>
        <translation>第 1 步（共 2 步）：您的审核员个人资料</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="123"/>
        <source>Step 2 of 2: the sites you audit</source>
        <translation>第 2 步（共 2 步）：您要审核的网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="133"/>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/first_start.py" line="145"/>
        <source>%n site(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个网点。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="162"/>
        <source>Demo data loaded: {0} sites, {1} audits.</source>
        <translation>演示数据已加载：{0} 个网点，{1} 次审核。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="164"/>
        <source>The demo signing passphrase is &quot;{0}&quot;.</source>
        <translation>演示签名身份的密码短语为“{0}”。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="172"/>
        <source>Loading the demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="161"/>
        <source>check</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="162"/>
        <source>rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="163"/>
        <source>choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="164"/>
        <source>multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="165"/>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="166"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="167"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="168"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="169"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="170"/>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="186"/>
        <source>critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="187"/>
        <source>required</source>
        <translation>必答</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="187"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="189"/>
        <source>N/A allowed</source>
        <translation>允许不适用</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="202"/>
        <source>not in the catalogue</source>
        <translation>不在条款目录中</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="224"/>
        <source>Section / item</source>
        <translation>分项 / 审核项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="224"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="224"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="48"/>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="224"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="46"/>
        <source>Choose an item to see the standard it checks.</source>
        <translation>选择一个审核项，查看它对应的标准。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="49"/>
        <source>Guidance</source>
        <translation>判定指引</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="50"/>
        <source>Measure</source>
        <translation>量化指标</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="51"/>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="52"/>
        <source>Standard clause</source>
        <translation>标准条款</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="53"/>
        <source>This item cites no standard clause.</source>
        <translation>此审核项未引用标准条款。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="54"/>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="228"/>
        <source>The forms installed in this data folder (newest version of each). Audits keep the version they were started with.</source>
        <translation>此数据文件夹中已安装的审核表（每份仅显示最新版本）。审核始终沿用开始时的版本。</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="139"/>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="194"/>
        <source>Signing identity</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="140"/>
        <source>Subject:</source>
        <translation>主体:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="141"/>
        <source>SHA-256:</source>
        <translation>SHA-256 指纹:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="142"/>
        <source>Valid:</source>
        <translation>有效期:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="143"/>
        <source>Create identity…</source>
        <translation>创建身份…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="144"/>
        <source>Import .p12 file…</source>
        <translation>导入 .p12 文件…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="158"/>
        <source>No identity yet: create one or import your organisation&apos;s.</source>
        <translation>尚无签名身份：请创建一个，或导入您所在组织提供的身份。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="181"/>
        <source>Replace the identity?</source>
        <translation>替换签名身份？</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="183"/>
        <source>This data folder already holds a signing identity. Reports signed with it stay valid, but new ones will be signed with the new identity. Replace it?</source>
        <translation>此数据文件夹已有签名身份。用它签名的报告仍然有效，但今后的新报告将用新身份签名。确定替换吗？</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="195"/>
        <source>Save your auditor profile first: the certificate carries your name.</source>
        <translation>请先保存审核员个人资料：证书上会载明您的姓名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="207"/>
        <source>Import a PKCS#12 identity</source>
        <translation>导入 PKCS#12 身份</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="209"/>
        <source>PKCS#12 files</source>
        <translation>PKCS#12 文件</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="215"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="216"/>
        <source>Passphrase of {0}:</source>
        <translation>{0} 的密码短语:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="229"/>
        <source>Identity not imported</source>
        <translation>身份未导入</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="46"/>
        <source>Import results</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="51"/>
        <source>No workbook held anything to import.</source>
        <translation>所选工作簿中没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>Industry</name>
    <message>
        <location filename="../../auditapp/ui/models.py" line="252"/>
        <source>Restaurant</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="253"/>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="254"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="255"/>
        <source>Telecom installation</source>
        <translation>通信装维</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="256"/>
        <source>Call centre</source>
        <translation>呼叫中心</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="257"/>
        <source>Clinic</source>
        <translation>门诊</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="258"/>
        <source>Government service</source>
        <translation>政务服务</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="259"/>
        <source>Convenience store</source>
        <translation>便利店</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="260"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="77"/>
        <source>Comment (C)</source>
        <translation>备注 (C)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="79"/>
        <source>Comment on this item (saved as you type)</source>
        <translation>对此审核项的备注（输入时自动保存）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="99"/>
        <source>Clause {0}</source>
        <translation>条款 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="102"/>
        <source>1 point</source>
        <translation>1 分</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="104"/>
        <source>{0} points</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="106"/>
        <source>Critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="108"/>
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="110"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="112"/>
        <source>Unit: {0}</source>
        <translation>单位: {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="114"/>
        <source>N/A allowed</source>
        <translation>允许不适用</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="116"/>
        <source>Conditional</source>
        <translation>条件显示</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="124"/>
        <source>Not applicable  [N]</source>
        <translation>不适用  [N]</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="133"/>
        <source>Clear answer</source>
        <translation>清除答案</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="144"/>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="145"/>
        <source>required on failure</source>
        <translation>不通过时必需</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="149"/>
        <source>photo {0}</source>
        <translation>照片{0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="151"/>
        <source>comment {0}</source>
        <translation>备注{0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="152"/>
        <source>Evidence: {0}</source>
        <translation>证据: {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="172"/>
        <source>Photo required on failure: add one below.</source>
        <translation>不通过时需要照片：请在下方添加。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="174"/>
        <source>Photo required: add one below.</source>
        <translation>需要照片：请在下方添加。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="178"/>
        <source>Comment required on failure: say what you saw.</source>
        <translation>不通过时需要备注：请写明您看到的情况。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="180"/>
        <source>Comment required: say what you saw.</source>
        <translation>需要备注：请写明您看到的情况。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="252"/>
        <source>ServiceAudit — {0}</source>
        <translation>ServiceAudit — {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="254"/>
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="254"/>
        <source>Sites</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="254"/>
        <source>Forms</source>
        <translation>审核表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="254"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="258"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="259"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="260"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="261"/>
        <source>New audit…</source>
        <translation>新建审核…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="262"/>
        <source>Open audit</source>
        <translation>打开审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="263"/>
        <source>Export report (PDF)…</source>
        <translation>导出报告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="264"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="265"/>
        <source>Export the audits the filters select to one workbook</source>
        <translation>将筛选出的审核导出到一个工作簿</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="266"/>
        <source>Import workbooks…</source>
        <translation>导入工作簿…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="267"/>
        <source>Import sites…</source>
        <translation>导入网点…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="268"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="269"/>
        <location filename="../../auditapp/ui/main_window.py" line="427"/>
        <source>About ServiceAudit</source>
        <translation>关于 ServiceAudit</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="270"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="326"/>
        <source>{0} audits · {1} sites</source>
        <translation>{0} 次审核 · {1} 个网点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/main_window.py" line="374"/>
        <source>%n site(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个网点。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="389"/>
        <source>New audit</source>
        <translation>新建审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="392"/>
        <source>Save your auditor profile first (name, id, alias).</source>
        <translation>请先保存您的审核员个人资料（姓名、编号、化名）。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="397"/>
        <source>Import the sites you audit first.</source>
        <translation>请先导入您要审核的网点。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="429"/>
        <source>ServiceAudit {0}: offline audits of service standards.
Data folder: {1}</source>
        <translation>ServiceAudit {0}：服务标准离线审核。
数据文件夹: {1}</translation>
    </message>
</context>
<context>
    <name>NewAuditDialog</name>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="49"/>
        <source>New audit</source>
        <translation>新建审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="53"/>
        <source>Search by code, name, region or industry</source>
        <translation>按编号、名称、区域或行业搜索</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="61"/>
        <source>Any kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="66"/>
        <source>Mystery shop details</source>
        <translation>神秘顾客暗访详情</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="68"/>
        <source>What you asked for or pretended to need</source>
        <translation>您咨询或假装需要的内容</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="73"/>
        <source>As printed on the receipt or ticket</source>
        <translation>与小票或票据上所印一致</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="75"/>
        <source>Badge name or a short description</source>
        <translation>工牌上的姓名或简短描述</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="85"/>
        <source>Start audit</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="127"/>
        <source>Scenario:</source>
        <translation>暗访情景:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="128"/>
        <source>Visit or call time:</source>
        <translation>到访或来电时间:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="129"/>
        <source>Receipt number:</source>
        <translation>小票号码:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="130"/>
        <source>Staff description:</source>
        <translation>员工描述:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="135"/>
        <source>Kind:</source>
        <translation>类型:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="136"/>
        <source>Form:</source>
        <translation>审核表:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="138"/>
        <source>Site:</source>
        <translation>网点:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="150"/>
        <source>No auditor profile: save one in Settings first.</source>
        <translation>没有审核员个人资料：请先在“设置”中保存。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="152"/>
        <source>Auditor: {0}</source>
        <translation>审核员: {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="156"/>
        <source>alias on mystery shops: {0}</source>
        <translation>神秘顾客暗访化名: {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="243"/>
        <source>Choose a site and a form.</source>
        <translation>请选择网点和审核表。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="246"/>
        <source>Save your auditor profile in Settings first.</source>
        <translation>请先在“设置”中保存您的审核员个人资料。</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="117"/>
        <source>Type a number, e.g. 1.5</source>
        <translation>输入数字，例如 1.5</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <location filename="../../auditapp/ui/models.py" line="307"/>
        <source>Workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="308"/>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="309"/>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="310"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="311"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="323"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="324"/>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="325"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="326"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="327"/>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
</context>
<context>
    <name>PhotoEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/item_editors.py" line="272"/>
        <source>Answer with photos: add them from files, drop them here or paste them (Ctrl+V).</source>
        <translation>以照片作答：从文件添加、拖放到此处或粘贴 (Ctrl+V)。</translation>
    </message>
</context>
<context>
    <name>PhotoPreview</name>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="113"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="133"/>
        <source>{0} x {1} px</source>
        <translation>{0} x {1} px</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="135"/>
        <source>taken {0}</source>
        <translation>拍摄于 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="139"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="186"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="186"/>
        <source>Add photos from files</source>
        <translation>从文件添加照片</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="188"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="188"/>
        <source>Paste an image (Ctrl+V)</source>
        <translation>粘贴图像 (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="190"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="190"/>
        <source>Large preview (double-click)</source>
        <translation>大图预览（双击）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="192"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="192"/>
        <source>Remove the photo (Delete)</source>
        <translation>移除照片 (Delete)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="194"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="194"/>
        <source>Undo the last removal (Ctrl+Z)</source>
        <translation>撤销上次移除 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="197"/>
        <source>Caption of the selected photo</source>
        <translation>所选照片的说明</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="200"/>
        <source>Drop image files here, or paste with Ctrl+V.</source>
        <translation>将图像文件拖放到此处，或按 Ctrl+V 粘贴。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="247"/>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="267"/>
        <source>(no caption)</source>
        <translation>(无说明)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="261"/>
        <source>Audit photos ({0})</source>
        <translation>审核照片 ({0})</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="263"/>
        <source>Photos ({0})</source>
        <translation>照片 ({0})</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="269"/>
        <source>item {0}</source>
        <translation>审核项 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="270"/>
        <source>{0} x {1} px</source>
        <translation>{0} x {1} px</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="314"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="316"/>
        <source>Images ({0});;All files (*)</source>
        <translation>图像 ({0});;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../auditapp/ui/pages/profile_form.py" line="33"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/profile_form.py" line="34"/>
        <source>Auditor &amp;id:</source>
        <translation>审核员编号(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/profile_form.py" line="35"/>
        <source>&amp;Alias:</source>
        <translation>化名(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/profile_form.py" line="36"/>
        <source>Your full name (required)</source>
        <translation>您的全名（必填）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/profile_form.py" line="37"/>
        <source>The id your organisation gave you</source>
        <translation>组织分配给您的编号</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/profile_form.py" line="38"/>
        <source>Name printed on mystery-shop reports</source>
        <translation>神秘顾客暗访报告上显示的名字</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/profile_form.py" line="41"/>
        <source>On mystery shops the reports show the alias instead of your name, so staff never learn who visited.</source>
        <translation>神秘顾客暗访的报告会显示化名而不是您的姓名，员工不会知道是谁到访。</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/item_editors.py" line="116"/>
        <source>Key {0}</source>
        <translation>按键 {0}</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="520"/>
        <source>Reopen the audit</source>
        <translation>重新打开审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="527"/>
        <source>This audit is locked as revision {0}. Reopening it starts revision {1}: answers can be changed again, and the audit must be completed and signed again. The signatures given for revision {0} are removed. Your reason is recorded in the audit trail with your name and the time.</source>
        <translation>此审核已锁定为修订版 {0}。重新打开将开始修订版 {1}：答案可以再次修改，审核也必须重新完成并签名。修订版 {0} 的签名将被移除。您填写的原因会连同您的姓名和时间记入审核记录。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="534"/>
        <source>Reason (required):</source>
        <translation>原因 (必填):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="536"/>
        <source>Why must this audit be changed?</source>
        <translation>为什么需要修改此审核？</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="545"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="546"/>
        <source>Reopen as revision {0}</source>
        <translation>重新打开为修订版 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="566"/>
        <source>Give a reason: it goes into the audit trail.</source>
        <translation>请填写原因：它将记入审核记录。</translation>
    </message>
</context>
<context>
    <name>RunnerKeys</name>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="63"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="84"/>
        <source>pass / fail / N/A</source>
        <translation>通过 / 不通过 / 不适用</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="64"/>
        <source>rating value or option</source>
        <translation>评分值或选项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="65"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="85"/>
        <source>next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="66"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="86"/>
        <source>previous</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="67"/>
        <source>next / previous while typing</source>
        <translation>输入时下一项 / 上一项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="68"/>
        <source>next section</source>
        <translation>下一分项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="69"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="87"/>
        <source>next open required</source>
        <translation>下一未答必答项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="70"/>
        <source>type in the field</source>
        <translation>在输入框中输入</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="71"/>
        <source>comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="72"/>
        <source>leave the field</source>
        <translation>离开输入框</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="73"/>
        <source>add / paste photo</source>
        <translation>添加 / 粘贴照片</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="74"/>
        <source>undo photo removal</source>
        <translation>撤销照片移除</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="75"/>
        <source>stopwatch start-stop / reset</source>
        <translation>秒表开始/停止 / 重置</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="76"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="88"/>
        <source>finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="79"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="91"/>
        <source>Keys:</source>
        <translation>快捷键:</translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="74"/>
        <source>Open audit</source>
        <translation>打开审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="122"/>
        <source>revision {0}</source>
        <translation>修订版 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="139"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="153"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="171"/>
        <source>◀ Audits</source>
        <translation>◀ 审核列表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="172"/>
        <source>Back to the list (everything is saved)</source>
        <translation>返回列表（所有内容均已保存）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="173"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <location filename="../../auditapp/ui/runner/navigator.py" line="36"/>
        <source>Section / item</source>
        <translation>分项 / 审核项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/navigator.py" line="36"/>
        <source>Done · score</source>
        <translation>完成 · 得分</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/navigator.py" line="93"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/navigator.py" line="104"/>
        <source>timer</source>
        <translation>计时中</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="111"/>
        <source>Auditor profile</source>
        <translation>审核员个人资料</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="112"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="113"/>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="182"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="114"/>
        <source>Save profile</source>
        <translation>保存个人资料</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="115"/>
        <source>&amp;Program language:</source>
        <translation>程序语言(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="117"/>
        <source>&amp;Report language:</source>
        <translation>报告语言(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="119"/>
        <source>In use:</source>
        <translation>当前使用:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="122"/>
        <source>Reports (PDF) are written in the report language, whatever language the program shows.</source>
        <translation>无论程序界面显示何种语言，报告 (PDF) 均以报告语言生成。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="126"/>
        <source>Choose another folder…</source>
        <translation>选择其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="127"/>
        <source>Use the default folder</source>
        <translation>使用默认文件夹</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="132"/>
        <source>A change takes effect at the next start; the data stays where it is.</source>
        <translation>更改将在下次启动时生效；数据仍保留在原位置。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="134"/>
        <source>Chosen for the next start: {0}</source>
        <translation>下次启动时使用: {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="137"/>
        <source>The AUDITAPP_DATA_DIR environment variable is set and decides the folder.</source>
        <translation>已设置 AUDITAPP_DATA_DIR 环境变量，文件夹由它决定。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="145"/>
        <source>A name is required.</source>
        <translation>必须填写姓名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="149"/>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="184"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="163"/>
        <source>The translation for {0} is not installed; form texts still follow it.</source>
        <translation>{0} 的界面翻译未安装；审核表文本仍会使用该语言。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="173"/>
        <source>Data folder for the next start</source>
        <translation>下次启动使用的数据文件夹</translation>
    </message>
</context>
<context>
    <name>SignatureEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="184"/>
        <source>The drawn signature is attached as this item&apos;s image: add, drop or paste it in the photos below. The item counts as answered with both.</source>
        <translation>手写签名以此审核项的图像形式附上：请在下方照片区添加、拖放或粘贴。两者齐全时，此审核项才算已作答。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="192"/>
        <source>Printed name of the signer</source>
        <translation>签名人姓名</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../auditapp/ui/signature_pad.py" line="117"/>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/signature_pad.py" line="118"/>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>请用鼠标、手写笔或手指在此签名</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="168"/>
        <source>Printed name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="174"/>
        <source>Type name instead</source>
        <translation>改为输入姓名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="175"/>
        <source>Put the printed name on the pad (for keyboard-only use)</source>
        <translation>将姓名填到签名板上（仅用键盘时使用）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="176"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>SiteImport</name>
    <message>
        <location filename="../../auditapp/ui/pages/sites_page.py" line="40"/>
        <source>Import sites</source>
        <translation>导入网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/sites_page.py" line="42"/>
        <source>Site lists</source>
        <translation>网点清单</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/sites_page.py" line="44"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/sites_page.py" line="61"/>
        <source>Sites not imported</source>
        <translation>网点未导入</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/sites_page.py" line="62"/>
        <source>Nothing was imported from {0}. Correct these rows and import the file again (expected columns: {1}):</source>
        <translation>{0} 中的内容均未导入。请修正以下各行后重新导入（应有的列：{1}）：</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/sites_page.py" line="74"/>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <location filename="../../auditapp/ui/models.py" line="269"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="270"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="271"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="272"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="273"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="274"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <location filename="../../auditapp/ui/pages/sites_page.py" line="127"/>
        <source>Search sites</source>
        <translation>搜索网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/sites_page.py" line="128"/>
        <source>Import sites…</source>
        <translation>导入网点…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/sites_page.py" line="133"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n 个网点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopwatchWidget</name>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="101"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="102"/>
        <source>Reset the stopwatch (Ctrl+R)</source>
        <translation>重置秒表 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="104"/>
        <source>Use</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="105"/>
        <source>Write the time shown into the answer</source>
        <translation>将显示的时间填入答案</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="107"/>
        <source>Stopwatch</source>
        <translation>秒表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="144"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="144"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="145"/>
        <source>Start or stop the stopwatch (Ctrl+T)</source>
        <translation>开始或停止秒表 (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/item_editors.py" line="237"/>
        <source>Type here (E to start typing, Esc to leave)</source>
        <translation>在此输入（按 E 开始输入，按 Esc 离开）</translation>
    </message>
</context>
<context>
    <name>TimeEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="168"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="168"/>
        <source>Use the current time</source>
        <translation>使用当前时间</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="173"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="122"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="123"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="124"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="125"/>
        <source>rings</source>
        <translation>响铃次数</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="126"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="127"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="128"/>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="129"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="130"/>
        <source>lux</source>
        <translation>勒克斯</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="131"/>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="132"/>
        <source>cm</source>
        <translation>厘米</translation>
    </message>
</context>
</TS>
