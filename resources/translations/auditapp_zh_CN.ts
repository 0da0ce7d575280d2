<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="113"/>
        <source>What must change</source>
        <translation>需要整改的内容</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="117"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="122"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="123"/>
        <location filename="../../auditapp/ui/finish.py" line="213"/>
        <source>Add action</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="125"/>
        <source>Cancel change</source>
        <translation>取消修改</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="162"/>
        <source>• {0} — {1}, due {2}</source>
        <translation>• {0} — {1}，截止 {2}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="165"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="166"/>
        <source>Edit the action &apos;{0}&apos;</source>
        <translation>编辑措施“{0}”</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="168"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="169"/>
        <source>Remove the action &apos;{0}&apos;</source>
        <translation>删除措施“{0}”</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="175"/>
        <source>No corrective action recorded yet.</source>
        <translation>尚未记录整改措施。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="202"/>
        <source>Save change</source>
        <translation>保存修改</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../auditapp/ui/app.py" line="115"/>
        <source>Something went wrong: {0}

Everything saved so far is kept.</source>
        <translation>出错了：{0}

此前已保存的内容都会保留。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/app.py" line="92"/>
        <source>No backup was made: {0}

Nothing saved is affected; the next start tries again.</source>
        <translation>未能完成备份：{0}

已保存的内容不受影响；下次启动时会再次尝试。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../auditapp/ui/models.py" line="265"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="266"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="213"/>
        <source>signer unverified</source>
        <translation>签名人未经核实</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="248"/>
        <source>In progress: nothing scored yet</source>
        <translation>进行中：尚无计分</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="254"/>
        <source>Provisional score {0}% of the items answered so far; the score and grade are final when the audit is completed.</source>
        <translation>暂定得分 {0}%（仅按目前已回答的项目计算）；审核完成后得分和等级才是最终结果。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="259"/>
        <source>provisional {0}</source>
        <translation>暂定 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="273"/>
        <source>Mystery shop</source>
        <translation>神秘顾客暗访</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="274"/>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="275"/>
        <source>Self-assessment</source>
        <translation>自查</translation>
    </message>
</context>
<context>
    <name>AuditRunner</name>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="151"/>
        <source>Keys:</source>
        <translation>快捷键：</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="152"/>
        <source>Show all the keys</source>
        <translation>显示全部快捷键</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="169"/>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="660"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="183"/>
        <source>Show the sections and items in place of guidance and photos</source>
        <translation>显示分项与审核项（代替判定指引和照片）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="221"/>
        <source>v{0}, revision {1}</source>
        <translation>v{0}，修订版 {1}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="209"/>
        <source>Finish…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="120"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="121"/>
        <source>Reopen the audit, with a reason, to change it</source>
        <translation>重新打开审核（需说明原因）以便修改</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="210"/>
        <source>Check what is missing and finish (Ctrl+Enter)</source>
        <translation>检查缺漏并完成 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="236"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="262"/>
        <source>◀ Previous</source>
        <translation>◀ 上一项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="262"/>
        <source>Previous item (Up or K)</source>
        <translation>上一审核项 (Up 或 K)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="263"/>
        <source>Next ▶</source>
        <translation>下一项 ▶</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="263"/>
        <source>Next item (Down, J or Enter)</source>
        <translation>下一审核项 (Down、J 或 Enter)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="265"/>
        <source>Next section</source>
        <translation>下一分项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="266"/>
        <source>Next section (Ctrl+Down or PgDn)</source>
        <translation>下一分项 (Ctrl+Down 或 PgDn)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="270"/>
        <source>Next open required</source>
        <translation>下一未答必答项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="271"/>
        <source>Jump to the next open required item (Ctrl+U)</source>
        <translation>跳到下一个未作答的必答项 (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="279"/>
        <source>Open ▶</source>
        <translation>待答 ▶</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="298"/>
        <source>Guidance</source>
        <translation>判定指引</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="338"/>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="339"/>
        <source>Site representative</source>
        <translation>门店代表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="343"/>
        <source>{0}: {1}, signed {2}</source>
        <translation>{0}：{1}，签于 {2}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="348"/>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="451"/>
        <source>Section {0} of {1}: {2} · item {3}</source>
        <translation>第 {0} 部分（共 {1} 部分）：{2} · 项目 {3}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="458"/>
        <source>hidden by an earlier answer</source>
        <translation>因先前的答案而隐藏</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="474"/>
        <source>No guidance for this item.</source>
        <translation>此审核项没有判定指引。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="538"/>
        <source>Recorded {0}: {1}</source>
        <translation>已记录 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="558"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="560"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="560"/>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="599"/>
        <source>The clipboard holds no image or image file to paste.</source>
        <translation>剪贴板中没有可粘贴的图像或图像文件。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="622"/>
        <source>Score {0}%</source>
        <translation>得分 {0}%</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="622"/>
        <source>Score –</source>
        <translation>得分 –</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="625"/>
        <source>(capped)</source>
        <translation>(已封顶)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="628"/>
        <source>provisional · {0}/{1}</source>
        <translation>暂定 · {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="631"/>
        <source>The audit is in progress: the score and grade change as items are answered ({0} of {1} answered so far).</source>
        <translation>审核进行中：得分和等级会随作答而变化（目前已答 {0} 项，共 {1} 项）。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="637"/>
        <source>Critical failure</source>
        <translation>关键项不通过</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="642"/>
        <source>Grade {0} ({1})</source>
        <translation>等级 {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="644"/>
        <source>Grade –</source>
        <translation>等级 –</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="649"/>
        <source>%n required open</source>
        <translation>
            <numerusform>%n 个必答项未答</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="649"/>
        <source>All required answered</source>
        <translation>必答项已全部作答</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="653"/>
        <source>Required items not answered yet, or answered without the photo or comment their rules ask for.</source>
        <translation>尚未作答的必答项，或已作答但缺少规则要求的照片或备注的项目。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="667"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/audit_runner.py" line="670"/>
        <source>This audit is {0} and locked: answers are read-only. Reopen it (with a reason) to change anything.</source>
        <translation>此审核{0}并已锁定：答案为只读。如需修改，请重新打开（需填写原因）。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../auditapp/ui/models.py" line="100"/>
        <source>Site</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="101"/>
        <source>Site name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="102"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="103"/>
        <source>Form</source>
        <translation>审核表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="104"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="105"/>
        <source>Score %</source>
        <translation>得分 %</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="106"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="107"/>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="108"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="203"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="204"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="205"/>
        <source>Site</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="206"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="207"/>
        <source>Form</source>
        <translation>审核表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="208"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="209"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="214"/>
        <source>Site code or name, auditor, audit id</source>
        <translation>网点编号或名称、审核员、审核编号</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="215"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="216"/>
        <source>New audit…</source>
        <translation>新建审核…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="221"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="224"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/audits_page.py" line="231"/>
        <source>%n audit(s)</source>
        <translation>
            <numerusform>%n 次审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/audits_page.py" line="243"/>
        <source>No audit matches the search and filters, which hide %n audit(s). Press “Clear filters” to show every audit.</source>
        <translation>
            <numerusform>没有符合搜索和筛选条件的审核，已隐藏 %n 次审核。按“清除筛选”可显示全部审核。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="250"/>
        <source>No audits yet. Import the sites you audit first (Sites page, Ctrl+2), then press Ctrl+N to start an audit. At head office, press Ctrl+I to import the workbooks auditors send.</source>
        <translation>还没有审核。请先导入要审核的网点（“网点”页，Ctrl+2），然后按 Ctrl+N 开始审核。在总部，按 Ctrl+I 导入审核员发来的工作簿。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="255"/>
        <source>No audits yet. Press Ctrl+N (or “New audit…”) to start one. At head office, press Ctrl+I to import the workbooks auditors send.</source>
        <translation>还没有审核。按 Ctrl+N（或“新建审核…”）开始一次审核。在总部，按 Ctrl+I 导入审核员发来的工作簿。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="281"/>
        <source>All sites</source>
        <translation>全部网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="285"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/audits_page.py" line="288"/>
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
        <location filename="../../auditapp/ui/runner/item_editors.py" line="84"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_editors.py" line="44"/>
        <location filename="../../auditapp/ui/runner/item_editors.py" line="84"/>
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
        <location filename="../../auditapp/ui/pages/identity_box.py" line="82"/>
        <source>Create the alias identity</source>
        <translation>创建化名身份</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="84"/>
        <source>Create a signing identity</source>
        <translation>创建签名身份</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="97"/>
        <source>Mystery shops are signed with a second certificate that carries only the alias {0} and your id, never your name. It is encrypted with the passphrase of your signing identity.</source>
        <translation>神秘顾客审核由另一份证书签名，其中只有化名 {0} 和您的编号，绝不含您的姓名。它用您签名身份的口令加密。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="103"/>
        <source>A key pair and a certificate naming {0} ({1}) will be kept in the data folder, encrypted with the passphrase. Reports and workbooks you export are signed with it. A lost passphrase cannot be recovered.</source>
        <translation>密钥对和一份载明 {0} ({1}) 的证书将保存在数据文件夹中，并用密码短语加密。您导出的报告和工作簿都将用它签名。密码短语一旦丢失便无法找回。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="106"/>
        <source>no id</source>
        <translation>无编号</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="109"/>
        <source>A second certificate carrying only the alias {0} signs your mystery shops, with the same passphrase.</source>
        <translation>另一份只载有化名 {0} 的证书为您的神秘顾客审核签名，口令相同。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="116"/>
        <source>Organisation (optional):</source>
        <translation>组织 (可选):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="117"/>
        <source>Passphrase:</source>
        <translation>密码短语:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="119"/>
        <source>Repeat passphrase:</source>
        <translation>再次输入密码短语:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="144"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>两次输入的密码短语不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="148"/>
        <source>The passphrase needs at least {0} characters.</source>
        <translation>密码短语至少需要 {0} 个字符。</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="146"/>
        <source>Today  [T]</source>
        <translation>今天  [T]</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="146"/>
        <source>Use today&apos;s date (T)</source>
        <translation>使用今天的日期（T）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="148"/>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="148"/>
        <source>Pick the date on a calendar</source>
        <translation>在日历上选择日期</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="154"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="170"/>
        <source>Pick the date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="180"/>
        <source>There is no signing identity in this data folder yet (Settings, Signing identity). Export without a digital signature?</source>
        <translation>此数据文件夹中还没有签名身份（见“设置”中的“签名身份”）。是否不带数字签名导出？</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="189"/>
        <source>Passphrase of your signing identity:</source>
        <translation>签名身份的密码短语:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="220"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="223"/>
        <source>Choose an audit in the list first.</source>
        <translation>请先在列表中选择一个审核。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="232"/>
        <source>PDF reports</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="246"/>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="246"/>
        <source>not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="247"/>
        <source>Report written to {0} ({1}).</source>
        <translation>报告已写入 {0}（{1}）。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="252"/>
        <source>The report was written; it could not show everything:</source>
        <translation>报告已写入，但有些内容无法显示:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="263"/>
        <source>Export Excel workbook</source>
        <translation>导出 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="266"/>
        <source>No audits match the filters.</source>
        <translation>没有符合筛选条件的审核。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="274"/>
        <location filename="../../auditapp/ui/pages/exports.py" line="313"/>
        <source>Excel workbooks</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="291"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/exports.py" line="293"/>
        <source>%n audit(s) written to {0}</source>
        <translation>
            <numerusform>已将 %n 次审核写入 {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="295"/>
        <source>(unsigned draft: head office will not import it)</source>
        <translation>(未签名草稿：总部不会导入)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/exports.py" line="300"/>
        <source>Exporting %n audit(s)…</source>
        <translation>
            <numerusform>正在导出 %n 次审核…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="311"/>
        <source>Import workbooks</source>
        <translation>导入工作簿</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/exports.py" line="333"/>
        <source>Import finished: %n outcome(s).</source>
        <translation>
            <numerusform>导入完成：%n 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="350"/>
        <source>New signer certificates</source>
        <translation>新的签名人证书</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/exports.py" line="358"/>
        <source>Certificates accepted: %n audit(s) now verified.</source>
        <translation>
            <numerusform>已接受证书：%n 份审核现已核实。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="349"/>
        <source>Finish the audit</source>
        <translation>完成审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="377"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="378"/>
        <source>Complete and lock</source>
        <translation>完成并锁定</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="403"/>
        <source>Item {0} &apos;{1}&apos;</source>
        <translation>审核项 {0}“{1}”</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="406"/>
        <source>1. Check</source>
        <translation>1. 检查</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="419"/>
        <source>2. Corrective actions for failed items</source>
        <translation>2. 不通过项的整改措施</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="437"/>
        <source>3. Signatures</source>
        <translation>3. 签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="445"/>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="448"/>
        <source>Auditor&apos;s printed name</source>
        <translation>审核员姓名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="456"/>
        <source>Site representative</source>
        <translation>网点代表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="458"/>
        <source>Printed name of the site representative</source>
        <translation>网点代表姓名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="465"/>
        <source>This form needs no site representative&apos;s signature: the auditor&apos;s signature completes it.</source>
        <translation>此表单无需门店代表签名：审核员签名即可完成。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="487"/>
        <location filename="../../auditapp/ui/finish.py" line="737"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="488"/>
        <location filename="../../auditapp/ui/finish.py" line="736"/>
        <source>Lock the audit</source>
        <translation>锁定审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="528"/>
        <source>{0} · site {1} · revision {2} · provisional score {3}% · grade {4} ({5}/{6} answered)</source>
        <translation>{0} · 网点 {1} · 修订版 {2} · 暂定得分 {3}% · 等级 {4}（已答 {5}/{6}）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="543"/>
        <source>unanswered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="544"/>
        <source>photo evidence required</source>
        <translation>需要照片证据</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="545"/>
        <source>comment required</source>
        <translation>需要备注</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="552"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="562"/>
        <source>{0} point(s) must be settled before the audit can be completed. Choose one to go to it.</source>
        <translation>完成审核前还有 {0} 个问题需要处理。点选一项即可跳转过去。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="569"/>
        <source>Nothing is missing: every required item is answered with its evidence.</source>
        <translation>没有缺漏：所有必答项均已作答并附有证据。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="600"/>
        <source>No item failed: no corrective action is needed.</source>
        <translation>没有不通过项，无需整改措施。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="602"/>
        <source>{0} failed item(s), {1} still without a corrective action.</source>
        <translation>{0} 个不通过项，其中 {1} 个尚无整改措施。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="606"/>
        <source>This form requires one for every failed item.</source>
        <translation>此表单要求每个不合格项都有一项措施。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="608"/>
        <source>{0} failed item(s), each with a corrective action.</source>
        <translation>{0} 个不通过项，均已有整改措施。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="620"/>
        <source>This audit is completed and locked; reopen it to change it.</source>
        <translation>此审核已完成并锁定；如需修改，请重新打开。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="621"/>
        <source>This audit is signed and locked; reopen it to change it.</source>
        <translation>此审核已签名并锁定；如需修改，请重新打开。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="624"/>
        <source>Settle the open points first.</source>
        <translation>请先处理未完成的问题。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="627"/>
        <source>Give every failed item a corrective action: this form requires it.</source>
        <translation>请为每个不合格项填写整改措施：此表单要求如此。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="631"/>
        <source>Enter the auditor&apos;s printed name.</source>
        <translation>请输入审核员姓名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="632"/>
        <source>The auditor has not signed yet.</source>
        <translation>审核员尚未签名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="635"/>
        <source>Enter the site representative&apos;s printed name.</source>
        <translation>请输入网点代表姓名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="636"/>
        <source>The site representative has not signed yet.</source>
        <translation>网点代表尚未签名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="716"/>
        <source>{0}: give the owner of the action, or clear it.</source>
        <translation>{0}：请填写该措施的负责人，或将其清除。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="725"/>
        <source>Lock the audit now? Once locked, its answers, evidence, signatures and corrective actions can no longer be changed; a change needs a reopen with a reason, which starts a new revision.</source>
        <translation>现在锁定审核吗？锁定后，答案、证据、签名和整改措施都不能再修改；如需修改，须说明理由重新打开，并开始新的修订版。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/finish.py" line="731"/>
        <source>%n failed item(s) have no corrective action:</source>
        <translation>
            <numerusform>%n 个不合格项没有整改措施：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="733"/>
        <source>Lock without actions</source>
        <translation>不填措施直接锁定</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="734"/>
        <source>Add actions first</source>
        <translation>先填写措施</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="129"/>
        <source>Welcome to ServiceAudit</source>
        <translation>欢迎使用 ServiceAudit</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="132"/>
        <source>This data folder is new. First, tell ServiceAudit who you are: your name and id go on every audit you start and on the certificate that signs your reports.</source>
        <translation>这是一个新的数据文件夹。首先，请告诉 ServiceAudit 您是谁：您的姓名和编号会记录在您发起的每次审核上，也会写入为您的报告签名的证书。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="138"/>
        <source>Next, the sites you audit. Import them from a CSV or Excel file with the columns {0} (one site per row), or load the demo data to try everything out first.</source>
        <translation>接下来是您要审核的网点。可从包含 {0} 列的 CSV 或 Excel 文件导入（每行一个网点），也可以先加载演示数据，试用全部功能。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="145"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="146"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入口令(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="147"/>
        <source>Import my organisation&apos;s .p12 instead…</source>
        <translation>改为导入本机构的 .p12 文件…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="148"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="149"/>
        <source>Import sites from a file…</source>
        <translation>从文件导入网点…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="150"/>
        <source>Load the demo data (sites, forms and sample audits)</source>
        <translation>加载演示数据（网点、审核表和示例审核）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="151"/>
        <source>Skip for now</source>
        <translation>暂时跳过</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="155"/>
        <source>Step 1 of 2: your auditor profile</source>
        <translation>第 1 步（共 2 步）：您的审核员个人资料</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="157"/>
        <source>Step 2 of 2: the sites you audit</source>
        <translation>第 2 步（共 2 步）：您要审核的网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="178"/>
        <source>Your reports are signed with a key kept in this data folder, encrypted with a passphrase of at least {0} characters that only you know. With an alias, a second certificate carrying only the alias signs your mystery shops, so your name is in none of them.</source>
        <translation>您的报告由保存在此数据文件夹中的密钥签名，密钥用只有您知道、至少 {0} 个字符的口令加密。填写化名后，另一份只载有化名的证书为您的神秘顾客审核签名，这些报告中不会出现您的姓名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="186"/>
        <source>Your reports will be signed by the certificate of {0} ({1}).</source>
        <translation>您的报告将由 {0}（{1}）的证书签名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="187"/>
        <location filename="../../auditapp/ui/pages/first_start.py" line="278"/>
        <source>no id</source>
        <translation>无编号</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="191"/>
        <source>With an alias, type that identity&apos;s passphrase: it also encrypts the certificate carrying only the alias that signs your mystery shops.</source>
        <translation>填写化名时，请输入该身份的口令：它同样用于加密只载有化名、为您的神秘顾客审核签名的证书。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="241"/>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="250"/>
        <source>The passphrase needs at least {0} characters.</source>
        <translation>口令至少需要 {0} 个字符。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="258"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="276"/>
        <source>The signing certificate names {0} ({1}); enter the name and id exactly as it does, or your reports could not be signed.</source>
        <translation>签名证书上的名字是 {0}（{1}）；请按证书原样填写姓名和编号，否则报告无法签名。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/first_start.py" line="294"/>
        <source>%n site(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个网点。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="311"/>
        <source>Demo data loaded: {0} sites, {1} audits.</source>
        <translation>演示数据已加载：{0} 个网点，{1} 次审核。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="313"/>
        <source>The demo signing passphrase is &quot;{0}&quot;.</source>
        <translation>演示签名身份的密码短语为“{0}”。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="318"/>
        <source>The demo audits are yours: they are signed with your own identity.</source>
        <translation>演示审核记在您的名下，用您自己的身份签名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/first_start.py" line="325"/>
        <source>Loading the demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="200"/>
        <source>check</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="201"/>
        <source>rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="202"/>
        <source>choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="203"/>
        <source>multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="204"/>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="205"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="206"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="207"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="208"/>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="209"/>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="225"/>
        <source>Asked only when</source>
        <translation>仅在以下情况出现</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="247"/>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="247"/>
        <source>Fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="247"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="249"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="252"/>
        <source>{0} is not {1}</source>
        <translation>{0} 的答案不是 {1}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="253"/>
        <source>{0} is {1}</source>
        <translation>{0} 的答案是 {1}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="257"/>
        <source>critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="258"/>
        <source>required</source>
        <translation>必答</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="258"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="260"/>
        <source>N/A allowed</source>
        <translation>允许不适用</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="265"/>
        <source>Passes with</source>
        <translation>合格条件</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="284"/>
        <source>{0} to {1}</source>
        <translation>{0} 至 {1}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="286"/>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="316"/>
        <source>at most {0}</source>
        <translation>不超过 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="288"/>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="317"/>
        <source>at least {0}</source>
        <translation>不少于 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="289"/>
        <source>any value</source>
        <translation>任意数值</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="296"/>
        <source>not in the catalogue</source>
        <translation>不在条款目录中</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="318"/>
        <source>less than {0}</source>
        <translation>少于 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="319"/>
        <source>more than {0}</source>
        <translation>多于 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="330"/>
        <source>Section / item</source>
        <translation>分项 / 审核项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="330"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="330"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="77"/>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="330"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="75"/>
        <source>Choose an item to see the standard it checks.</source>
        <translation>选择一个审核项，查看它对应的标准。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="78"/>
        <source>Guidance</source>
        <translation>判定指引</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="79"/>
        <source>Measure</source>
        <translation>量化指标</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="80"/>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="81"/>
        <source>Standard clause</source>
        <translation>标准条款</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="82"/>
        <source>This item cites no standard clause.</source>
        <translation>此审核项未引用标准条款。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="83"/>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/forms_page.py" line="334"/>
        <source>The forms installed in this data folder (newest version of each). Audits keep the version they were started with.</source>
        <translation>此数据文件夹中已安装的审核表（每份仅显示最新版本）。审核始终沿用开始时的版本。</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <location filename="../../auditapp/ui/help.py" line="99"/>
        <source>In the audit</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="100"/>
        <source>These keys work while an audit is open.</source>
        <translation>打开审核时可以使用以下按键。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="101"/>
        <source>Everywhere</source>
        <translation>所有页面</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="109"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="109"/>
        <source>confirm a dialog (OK, Start audit)</source>
        <translation>确认对话框（确定、开始审核）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="110"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="110"/>
        <source>close a dialog without changes</source>
        <translation>关闭对话框，不做更改</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="111"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="111"/>
        <source>next / previous field or button</source>
        <translation>下一个 / 上一个输入框或按钮</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="112"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="112"/>
        <source>the field or menu it marks</source>
        <translation>跳到该字母标记的输入框或菜单</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="121"/>
        <source>Your profile and signing identity</source>
        <translation>个人资料与签名身份</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="123"/>
        <source>At the first start, enter your name, auditor id and, if you do mystery shops, an alias; then create the certificate that signs your reports, protected by a passphrase, or import the one your organisation gave you. Settings, Signing identity shows it, with its fingerprint.</source>
        <translation>首次启动时，填写您的姓名、审核员编号；如果您做神秘顾客暗访，再填写一个化名。然后创建用于签署报告的证书（由密码短语保护），或导入机构发给您的证书。“设置”的“签名身份”中可以查看该证书及其指纹。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="130"/>
        <source>Sites and forms</source>
        <translation>网点与审核表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="132"/>
        <source>Import the sites you audit (File, Import sites: CSV or Excel). The Forms page lists the installed forms and the standard each item checks.</source>
        <translation>导入您要审核的网点（“文件”→“导入网点…”：CSV 或 Excel 文件）。“审核表”页面列出已安装的审核表，以及每个审核项对应的标准。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="137"/>
        <source>A new audit</source>
        <translation>新建审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="139"/>
        <source>Ctrl+N: choose the site and the form, and for a mystery shop the visit details, then Start audit. Answer each item with one key (see Help, Keyboard reference); photos and comments go with the item.</source>
        <translation>按 Ctrl+N：选择网点和审核表，神秘顾客暗访还要填写到访信息，然后点“开始审核”。每个审核项按一个键即可作答（见“帮助”→“键盘快捷键”）；照片和备注附在对应的审核项上。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="145"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="147"/>
        <source>Ctrl+Enter opens the finishing check: it lists what is still open, takes the signatures and corrective actions, then completes and locks the audit. Everything is saved as you go, even if the computer stops.</source>
        <translation>按 Ctrl+Enter 打开完成检查：它列出尚未完成的内容，收集签名和整改措施，然后完成并锁定审核。所有内容随时保存，即使电脑意外关机也不会丢失。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="153"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="155"/>
        <source>Ctrl+E writes the signed PDF report of the chosen audit; Ctrl+Shift+E writes the audits the filters select to one signed Excel workbook for head office. Each asks for your identity&apos;s passphrase.</source>
        <translation>按 Ctrl+E 为选中的审核生成已签名的 PDF 报告；按 Ctrl+Shift+E 将筛选出的审核写入一个已签名的 Excel 工作簿，交给总部。两者都会询问您签名身份的密码短语。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="161"/>
        <source>Import at head office</source>
        <translation>在总部导入</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="163"/>
        <source>At head office, Ctrl+I imports the workbooks auditors send. Each audit&apos;s signature is checked against its auditor&apos;s certificate; the results list what was imported and why anything was refused.</source>
        <translation>在总部，按 Ctrl+I 导入审核员发来的工作簿。每份审核的签名都会与其审核员的证书核对；结果列表显示导入了哪些审核，以及拒绝导入的原因。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="177"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/help.py" line="178"/>
        <source>Quote these lines when you report a problem.</source>
        <translation>报告问题时请附上以上内容。</translation>
    </message>
</context>
<context>
    <name>IdentityBox</name>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="221"/>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="305"/>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="328"/>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="373"/>
        <source>Signing identity</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="222"/>
        <source>Subject:</source>
        <translation>主体:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="223"/>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="226"/>
        <source>SHA-256:</source>
        <translation>SHA-256 指纹:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="224"/>
        <source>Valid:</source>
        <translation>有效期:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="225"/>
        <source>Mystery shops:</source>
        <translation>神秘顾客审核：</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="227"/>
        <source>Create identity…</source>
        <translation>创建身份…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="228"/>
        <source>Import .p12 file…</source>
        <translation>导入 .p12 文件…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="240"/>
        <source>Name: {0}</source>
        <translation>名称：{0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="242"/>
        <source>Serial number (auditor id): {0}</source>
        <translation>序列号（审核员编号）：{0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="244"/>
        <source>Organisation: {0}</source>
        <translation>机构：{0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="246"/>
        <source>Issued by: {0}</source>
        <translation>颁发者：{0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="255"/>
        <source>No identity yet: create one or import your organisation&apos;s.</source>
        <translation>尚无签名身份：请创建一个，或导入您所在组织提供的身份。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="272"/>
        <source>No alias identity: mystery shops cannot be signed.</source>
        <translation>没有化名身份：神秘顾客审核无法签名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="274"/>
        <source>No alias in the profile: mystery shops show your name.</source>
        <translation>档案中没有化名：神秘顾客审核会显示您的姓名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="307"/>
        <source>Your signing certificate names {0} ({1}), but the profile now says {2} ({3}). Exports of your audits would be refused. Create a new identity for the profile now?</source>
        <translation>您的签名证书上的名字是 {0}（{1}），但档案现在是 {2}（{3}）。您的审核将无法导出。现在为此档案创建新的身份吗？</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="312"/>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="314"/>
        <source>no id</source>
        <translation>无编号</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="330"/>
        <source>Mystery shops are now signed as {0}, which needs its own certificate carrying only the alias. Create it now?</source>
        <translation>神秘顾客审核现在以 {0} 的名义签名，这需要一份只载有该化名的证书。现在创建吗？</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="360"/>
        <source>Replace the identity?</source>
        <translation>替换签名身份？</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="362"/>
        <source>This data folder already holds a signing identity. Reports signed with it stay valid, but new ones will be signed with the new identity. Replace it?</source>
        <translation>此数据文件夹已有签名身份。用它签名的报告仍然有效，但今后的新报告将用新身份签名。确定替换吗？</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="374"/>
        <source>Save your auditor profile first: the certificate carries your name.</source>
        <translation>请先保存审核员个人资料：证书上会载明您的姓名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="46"/>
        <source>Import a PKCS#12 identity</source>
        <translation>导入 PKCS#12 身份</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="48"/>
        <source>PKCS#12 files</source>
        <translation>PKCS#12 文件</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="57"/>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="58"/>
        <source>Passphrase of {0}:</source>
        <translation>{0} 的密码短语:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/identity_box.py" line="400"/>
        <source>Identity not imported</source>
        <translation>身份未导入</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="19"/>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="20"/>
        <source>not a workbook (not a zip archive, or a damaged one: {detail})</source>
        <translation>不是工作簿（不是 zip 压缩包，或已损坏：{detail}）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="23"/>
        <source>cannot read the file ({detail})</source>
        <translation>无法读取文件（{detail}）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="26"/>
        <source>not a workbook: its structure is missing or damaged ({detail})</source>
        <translation>不是工作簿：其结构缺失或已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="29"/>
        <source>two sheets are named &apos;{sheet}&apos;</source>
        <translation>有两个工作表都名为“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="32"/>
        <source>refused: unpacks to {mb} MB (a zip bomb?)</source>
        <translation>已拒绝：解压后有 {mb} MB（zip 炸弹？）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="35"/>
        <source>refused: part {part} expands {ratio}-fold (a zip bomb?)</source>
        <translation>已拒绝：部件 {part} 膨胀 {ratio} 倍（zip 炸弹？）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="38"/>
        <source>sheet &apos;{sheet}&apos; is missing or damaged ({detail})</source>
        <translation>工作表“{sheet}”缺失或已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="41"/>
        <source>sheet &apos;{sheet}&apos; spans up to {rows} rows x {cols} columns; an export has at most {max_cells} cells per sheet (rows padded on, or a cell placed far away?)</source>
        <translation>工作表“{sheet}”最多跨 {rows} 行 × {cols} 列；导出的工作表每张最多 {max_cells} 个单元格（补了很多行，或有单元格放在很远处？）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="45"/>
        <source>not a readable workbook ({detail})</source>
        <translation>不是可读取的工作簿（{detail}）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="48"/>
        <source>missing sheet(s) {sheets}; is this a ServiceAudit export?</source>
        <translation>缺少工作表 {sheets}；这是 ServiceAudit 导出的工作簿吗？</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="51"/>
        <source>sheet &apos;{sheet}&apos; cannot be read ({detail})</source>
        <translation>工作表“{sheet}”无法读取（{detail}）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="54"/>
        <source>sheet &apos;{sheet}&apos; is empty; expected a header row</source>
        <translation>工作表“{sheet}”为空；应有标题行</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="57"/>
        <source>sheet &apos;{sheet}&apos; lacks column(s) {columns}</source>
        <translation>工作表“{sheet}”缺少列 {columns}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="60"/>
        <source>the _meta sheet is damaged: {detail}</source>
        <translation>_meta 工作表已损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="63"/>
        <source>_meta lists audit {audit} twice</source>
        <translation>_meta 中审核 {audit} 出现了两次</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="66"/>
        <source>_meta has no format_version; is this a ServiceAudit export?</source>
        <translation>_meta 中没有 format_version；这是 ServiceAudit 导出的工作簿吗？</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="69"/>
        <source>unknown export format version {found}; this app reads version {known}</source>
        <translation>未知的导出格式版本 {found}；本程序读取第 {known} 版</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="72"/>
        <source>the form snapshot {form} in _meta is damaged ({detail})</source>
        <translation>_meta 中的审核表快照 {form} 已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="75"/>
        <source>the form snapshot {form} in _meta was altered (hash mismatch)</source>
        <translation>_meta 中的审核表快照 {form} 已被改动（哈希值不符）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="78"/>
        <source>rows for an audit that _meta does not list (rows added after export)</source>
        <translation>有 _meta 未列出的审核的行（导出后添加的行）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="81"/>
        <source>another audit in this workbook was rejected; a workbook imports all or nothing</source>
        <translation>本工作簿中另一份审核被拒绝；一个工作簿要么全部导入，要么全部不导入</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="85"/>
        <source>{what}: expected a whole number, got {value}</source>
        <translation>{what}：应为整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="88"/>
        <source>{what}: expected a date-time, got {value}</source>
        <translation>{what}：应为日期时间，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="91"/>
        <source>item {item}: the answer should be a number, got {value}</source>
        <translation>检查项 {item}：答案应为数字，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="94"/>
        <source>the Audits sheet has {count} rows for this audit; expected exactly 1</source>
        <translation>Audits 工作表中此审核有 {count} 行；应恰好为 1 行</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="97"/>
        <source>Audits row {row}: unknown status {value}</source>
        <translation>Audits 第 {row} 行：未知状态 {value}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="100"/>
        <source>Answers row {row}: item &apos;{item}&apos; is not in form {form} v{version}</source>
        <translation>Answers 第 {row} 行：检查项“{item}”不在审核表 {form} 第 {version} 版中</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="103"/>
        <source>Answers row {row}: item &apos;{item}&apos; appears twice</source>
        <translation>Answers 第 {row} 行：检查项“{item}”出现了两次</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="106"/>
        <source>Actions row {row}: unknown status {value}</source>
        <translation>Actions 第 {row} 行：未知状态 {value}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="109"/>
        <source>Audits.{column} is {value} but the answers give {expected} (score edited)</source>
        <translation>Audits.{column} 为 {value}，但按答案应为 {expected}（得分被改动）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="113"/>
        <source>Audits.grade is {value} but the answers give {expected} (score edited)</source>
        <translation>Audits.grade 为 {value}，但按答案应为 {expected}（得分被改动）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="116"/>
        <source>Audits.passed is {value} but the answers give {expected} (result edited)</source>
        <translation>Audits.passed 为 {value}，但按答案应为 {expected}（结论被改动）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="120"/>
        <source>Answers row {row}: {column} is {value} but the answer gives {expected} (score edited)</source>
        <translation>Answers 第 {row} 行：{column} 为 {value}，但按答案应为 {expected}（得分被改动）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="124"/>
        <source>Sections row {row}: the section scores do not match the answers (score edited)</source>
        <translation>Sections 第 {row} 行：部分得分与答案不符（得分被改动）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="128"/>
        <source>not signed (exported as an unsigned draft)</source>
        <translation>未签名（作为未签名草稿导出）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="131"/>
        <source>the signer&apos;s certificate in _meta is damaged ({detail})</source>
        <translation>_meta 中签名人的证书已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="134"/>
        <source>the signer does not chain to a trusted certificate</source>
        <translation>签名人的证书链不通向受信任的证书</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="137"/>
        <source>the digest signature does not verify: signed by a different key, or the _meta sheet was edited</source>
        <translation>摘要签名验证失败：由另一把密钥签署，或 _meta 工作表被改动</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="141"/>
        <source>unknown form version {form}: not in the workbook nor installed</source>
        <translation>未知的审核表版本 {form}：既不在工作簿中，也未安装</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="144"/>
        <source>Audits says revision {found} but _meta signed revision {signed}</source>
        <translation>Audits 中为第 {found} 次修订，但 _meta 签署的是第 {signed} 次修订</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="147"/>
        <source>{sheet} row {row}: revision differs from the audit&apos;s</source>
        <translation>{sheet} 第 {row} 行：修订次数与审核不同</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="150"/>
        <source>the audit&apos;s rows differ from what was signed (an answer, comment or row was edited, added or deleted)</source>
        <translation>审核的行与签署的内容不同（有答案、备注或行被改动、添加或删除）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="154"/>
        <source>Audits.digest differs from the signed digest in _meta</source>
        <translation>Audits.digest 与 _meta 中签署的摘要不同</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="157"/>
        <source>signed by a different key than the revision already stored</source>
        <translation>签名密钥与已存储的修订不同</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="160"/>
        <source>older than the stored revision {stored}</source>
        <translation>比已存储的第 {stored} 次修订更旧</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="163"/>
        <source>this revision is already stored</source>
        <translation>此修订已存储</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="164"/>
        <source>audit {audit}: auditor id {auditor_id} is known with certificate {known} for the name &apos;{name}&apos;, but this audit is signed with another certificate of that name, {fingerprint} (a forgery?)</source>
        <translation>审核 {audit}：审核员编号 {auditor_id} 以名称“{name}”的已知证书为 {known}，但此审核由同名的另一证书 {fingerprint} 签署（是伪造？）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="168"/>
        <source>signer unverified: certificate {fingerprint} ({subject}) is the first seen for auditor id {auditor_id} under its name; accept it to verify</source>
        <translation>签名人未经核实：证书 {fingerprint}（{subject}）是审核员编号 {auditor_id} 以该名称首次出现的证书；接受后即为已核实</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="172"/>
        <source>signer unverified: the certificate {fingerprint} names auditor id {serial}, but the audit&apos;s auditor id is {auditor_id}</source>
        <translation>签名人未经核实：证书 {fingerprint} 载明的审核员编号为 {serial}，而审核的审核员编号为 {auditor_id}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/import_reasons.py" line="176"/>
        <source>signer unverified: the audit names no auditor id, so its certificate {fingerprint} cannot be bound to an auditor</source>
        <translation>签名人未经核实：审核没有审核员编号，其证书 {fingerprint} 无法与审核员对应</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="49"/>
        <source>Import results</source>
        <translation>导入结果</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/exports.py" line="56"/>
        <source>%n with the signer unverified</source>
        <translation>
            <numerusform>%n 份签名人未经核实</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="57"/>
        <source>No workbook held anything to import.</source>
        <translation>所选工作簿中没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>Industry</name>
    <message>
        <location filename="../../auditapp/ui/models.py" line="282"/>
        <source>Restaurant</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="283"/>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="284"/>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="285"/>
        <source>Telecom installation</source>
        <translation>通信装维</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="286"/>
        <source>Call centre</source>
        <translation>呼叫中心</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="287"/>
        <source>Clinic</source>
        <translation>门诊</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="288"/>
        <source>Government service</source>
        <translation>政务服务</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="289"/>
        <source>Convenience store</source>
        <translation>便利店</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="290"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="85"/>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="223"/>
        <source>Comment (C)</source>
        <translation>备注 (C)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="93"/>
        <source>Comment on this item (saved as you type)</source>
        <translation>对此审核项的备注（输入时自动保存）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="111"/>
        <source>Clause {0}</source>
        <translation>条款 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="114"/>
        <source>1 point</source>
        <translation>1 分</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="116"/>
        <source>{0} points</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="118"/>
        <source>Critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="120"/>
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="122"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="124"/>
        <source>Unit: {0}</source>
        <translation>单位: {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="126"/>
        <source>N/A allowed</source>
        <translation>允许不适用</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="128"/>
        <source>Conditional</source>
        <translation>条件显示</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="136"/>
        <source>Not applicable  [N]</source>
        <translation>不适用  [N]</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="145"/>
        <source>Clear answer</source>
        <translation>清除答案</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="156"/>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="157"/>
        <source>required on failure</source>
        <translation>不通过时必需</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="161"/>
        <source>photo {0}</source>
        <translation>照片{0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="163"/>
        <source>comment {0}</source>
        <translation>备注{0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="164"/>
        <source>Evidence: {0}</source>
        <translation>证据: {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="184"/>
        <source>Photo required on failure: add one below.</source>
        <translation>不通过时需要照片：请在下方添加。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="186"/>
        <source>Photo required: add one below.</source>
        <translation>需要照片：请在下方添加。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="190"/>
        <source>Comment required on failure: say what you saw.</source>
        <translation>不通过时需要备注：请写明您看到的情况。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="192"/>
        <source>Comment required: say what you saw.</source>
        <translation>需要备注：请写明您看到的情况。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/runner/item_panel.py" line="214"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="216"/>
        <source>Answer: {0}</source>
        <translation>答案：{0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="216"/>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="219"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/item_panel.py" line="219"/>
        <source>No comment</source>
        <translation>无备注</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="290"/>
        <source>ServiceAudit — {0}</source>
        <translation>ServiceAudit — {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="292"/>
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="292"/>
        <source>Sites</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="292"/>
        <source>Forms</source>
        <translation>审核表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="292"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="296"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="297"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="298"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="299"/>
        <source>New audit…</source>
        <translation>新建审核…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="300"/>
        <source>Open audit</source>
        <translation>打开审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="301"/>
        <source>Export report (PDF)…</source>
        <translation>导出报告 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="302"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="303"/>
        <source>Export the audits the filters select to one workbook</source>
        <translation>将筛选出的审核导出到一个工作簿</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="304"/>
        <source>Import workbooks…</source>
        <translation>导入工作簿…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="305"/>
        <source>Import sites…</source>
        <translation>导入网点…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="306"/>
        <source>Verify a report…</source>
        <translation>验证报告…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="307"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="308"/>
        <location filename="../../auditapp/ui/main_window.py" line="491"/>
        <source>Keyboard reference</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="309"/>
        <location filename="../../auditapp/ui/main_window.py" line="496"/>
        <source>Getting started</source>
        <translation>入门指南</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="310"/>
        <location filename="../../auditapp/ui/main_window.py" line="507"/>
        <source>About ServiceAudit</source>
        <translation>关于 ServiceAudit</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="311"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="367"/>
        <source>{0} audits · {1} sites</source>
        <translation>{0} 次审核 · {1} 个网点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/main_window.py" line="417"/>
        <source>%n site(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个网点。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="432"/>
        <source>New audit</source>
        <translation>新建审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="435"/>
        <source>Save your auditor profile first (name, id, alias).</source>
        <translation>请先保存您的审核员个人资料（姓名、编号、化名）。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="440"/>
        <source>Import the sites you audit first.</source>
        <translation>请先导入您要审核的网点。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/main_window.py" line="504"/>
        <source>ServiceAudit {0}: offline audits of service standards.
Data folder: {1}</source>
        <translation>ServiceAudit {0}：服务标准离线审核。
数据文件夹: {1}</translation>
    </message>
</context>
<context>
    <name>NewAuditDialog</name>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="52"/>
        <source>New audit</source>
        <translation>新建审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="56"/>
        <source>Search by code, name, region or industry</source>
        <translation>按编号、名称、区域或行业搜索</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="64"/>
        <source>Any kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="69"/>
        <source>Mystery shop details</source>
        <translation>神秘顾客暗访详情</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="71"/>
        <source>What you asked for or pretended to need</source>
        <translation>您咨询或假装需要的内容</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="76"/>
        <source>As printed on the receipt or ticket</source>
        <translation>与小票或票据上所印一致</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="78"/>
        <source>Badge name or a short description</source>
        <translation>工牌上的姓名或简短描述</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="91"/>
        <source>Start audit</source>
        <translation>开始审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="137"/>
        <source>Scenario:</source>
        <translation>暗访情景:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="138"/>
        <source>Visit or call time:</source>
        <translation>到访或来电时间:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="139"/>
        <source>Receipt number:</source>
        <translation>小票号码:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="140"/>
        <source>Staff description:</source>
        <translation>员工描述:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="146"/>
        <source>Kind:</source>
        <translation>类型:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="147"/>
        <source>Form:</source>
        <translation>审核表:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="153"/>
        <source>Site:</source>
        <translation>网点:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="172"/>
        <source>No auditor profile: save one in Settings first.</source>
        <translation>没有审核员个人资料：请先在“设置”中保存。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="174"/>
        <source>Auditor: {0}</source>
        <translation>审核员: {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="178"/>
        <source>alias on mystery shops: {0}</source>
        <translation>神秘顾客暗访化名: {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="253"/>
        <source>These details are kept with the audit and its report.</source>
        <translation>这些信息随审核及其报告一起保存。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="261"/>
        <source>They also answer the form&apos;s items: {0}</source>
        <translation>这些信息同时填入审核表的以下项目：{0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="280"/>
        <source>Choose a site and a form.</source>
        <translation>请选择网点和审核表。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/new_audit.py" line="283"/>
        <source>Save your auditor profile in Settings first.</source>
        <translation>请先在“设置”中保存您的审核员个人资料。</translation>
    </message>
</context>
<context>
    <name>NewSignersDialog</name>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="90"/>
        <source>New signer certificates</source>
        <translation>新的签名人证书</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="94"/>
        <source>These certificates signed imported audits, and no certificate was known yet for their auditor id under the name they carry (an auditor has one under the real name and, as a mystery shopper, one under the alias). Compare each fingerprint with the one the auditor reads in Settings (or `auditapp identity show`) before accepting. Until then their audits are stored marked “signer unverified”.</source>
        <translation>这些证书签署了导入的审核，而其审核员编号在证书所载名称下尚无已知证书（审核员在真实姓名下有一个证书，作为神秘顾客在化名下还有一个）。接受前，请将每个指纹与审核员在“设置”中（或用 `auditapp identity show`）看到的指纹核对。在此之前，这些审核存储时标记为“签名人未经核实”。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="106"/>
        <source>Auditor id</source>
        <translation>审核员编号</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="107"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="108"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="109"/>
        <source>Audits</source>
        <translation>审核数</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="125"/>
        <source>Accept as known</source>
        <translation>接受为已知证书</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/exports.py" line="128"/>
        <source>Leave unverified</source>
        <translation>保持未核实</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="126"/>
        <source>Type a number, e.g. 1.5</source>
        <translation>输入数字，例如 1.5</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <location filename="../../auditapp/ui/models.py" line="337"/>
        <source>Workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="338"/>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="339"/>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="340"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="341"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="353"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="354"/>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="355"/>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="356"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="357"/>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
</context>
<context>
    <name>PhotoEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/item_editors.py" line="292"/>
        <source>Answer with photos: add them from files, drop them here or paste them (Ctrl+V).</source>
        <translation>以照片作答：从文件添加、拖放到此处或粘贴 (Ctrl+V)。</translation>
    </message>
</context>
<context>
    <name>PhotoPreview</name>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="123"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="143"/>
        <source>{0} x {1} px</source>
        <translation>{0} x {1} px</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="145"/>
        <source>taken {0}</source>
        <translation>拍摄于 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="149"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="207"/>
        <source>Whole audit</source>
        <translation>整个审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="210"/>
        <source>Show every photo of the audit; photos added then belong to the whole audit</source>
        <translation>显示本次审核的全部照片；此时添加的照片属于整个审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="230"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="230"/>
        <source>Add photos from files</source>
        <translation>从文件添加照片</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="232"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="232"/>
        <source>Paste an image (Ctrl+V)</source>
        <translation>粘贴图像 (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="234"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="234"/>
        <source>Large preview (double-click)</source>
        <translation>大图预览（双击）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="236"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="236"/>
        <source>Remove the photo (Delete)</source>
        <translation>移除照片 (Delete)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="238"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="238"/>
        <source>Undo the last removal (Ctrl+Z)</source>
        <translation>撤销上次移除 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="241"/>
        <source>Caption of the selected photo</source>
        <translation>所选照片的说明</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="244"/>
        <source>Drop image files here, or paste with Ctrl+V.</source>
        <translation>将图像文件拖放到此处，或按 Ctrl+V 粘贴。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="292"/>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="316"/>
        <source>(no caption)</source>
        <translation>(无说明)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="306"/>
        <source>Audit photos ({0})</source>
        <translation>审核照片 ({0})</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="309"/>
        <source>Photos of item {0} ({1})</source>
        <translation>项目 {0} 的照片（{1}）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="319"/>
        <source>{0} x {1} px</source>
        <translation>{0} x {1} px</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="386"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/photo_strip.py" line="388"/>
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
        <location filename="../../auditapp/ui/runner/item_editors.py" line="122"/>
        <source>Key {0}</source>
        <translation>按键 {0}</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="816"/>
        <source>Reopen the audit</source>
        <translation>重新打开审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="823"/>
        <source>This audit is locked as revision {0}. Reopening it starts revision {1}: answers can be changed again, and the audit must be completed and signed again. The signatures given for revision {0} are removed. Your reason is recorded in the audit trail with your name and the time.</source>
        <translation>此审核已锁定为修订版 {0}。重新打开将开始修订版 {1}：答案可以再次修改，审核也必须重新完成并签名。修订版 {0} 的签名将被移除。您填写的原因会连同您的姓名和时间记入审核记录。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="830"/>
        <source>Reason (required):</source>
        <translation>原因 (必填):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="832"/>
        <source>Why must this audit be changed?</source>
        <translation>为什么需要修改此审核？</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="841"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="842"/>
        <source>Reopen as revision {0}</source>
        <translation>重新打开为修订版 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="862"/>
        <source>Give a reason: it goes into the audit trail.</source>
        <translation>请填写原因：它将记入审核记录。</translation>
    </message>
</context>
<context>
    <name>RunnerKeys</name>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="123"/>
        <source>pass / fail / N/A</source>
        <translation>通过 / 不通过 / 不适用</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="92"/>
        <source>rating value or option</source>
        <translation>评分值或选项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="91"/>
        <source>pass / fail / N/A, then next</source>
        <translation>通过 / 不通过 / 不适用，并转到下一项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="93"/>
        <source>today (dates) / now (times)</source>
        <translation>今天（日期）/ 现在（时间）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="94"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="113"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="124"/>
        <source>next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="95"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="114"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="125"/>
        <source>previous</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="96"/>
        <source>next / previous while typing</source>
        <translation>输入时下一项 / 上一项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="97"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="115"/>
        <source>next section</source>
        <translation>下一分项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="98"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="126"/>
        <source>next open required</source>
        <translation>下一未答必答项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="99"/>
        <source>type in the field</source>
        <translation>在输入框中输入</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="100"/>
        <source>letters are keys, except in a text field (Esc leaves it)</source>
        <translation>字母键是快捷键，文本框内除外（按 Esc 离开文本框）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="101"/>
        <source>comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="102"/>
        <source>leave the field</source>
        <translation>离开输入框</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="103"/>
        <source>add / paste photo</source>
        <translation>添加 / 粘贴照片</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="104"/>
        <source>undo photo removal</source>
        <translation>撤销照片移除</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="105"/>
        <source>stopwatch start-stop / reset</source>
        <translation>秒表开始/停止 / 重置</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="106"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="127"/>
        <source>finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="108"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="118"/>
        <location filename="../../auditapp/ui/runner/keys.py" line="129"/>
        <source>Keys:</source>
        <translation>快捷键:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="116"/>
        <source>locked: reopen it to change answers</source>
        <translation>已锁定：重新打开后才能修改答案</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="185"/>
        <source>{0}: this answer needs a comment (C) and a photo (A)</source>
        <translation>{0}：此答案需要备注（C）和照片（A）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="187"/>
        <source>{0}: this answer needs a comment (C)</source>
        <translation>{0}：此答案需要备注（C）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/keys.py" line="189"/>
        <source>{0}: this answer needs a photo (A)</source>
        <translation>{0}：此答案需要照片（A）</translation>
    </message>
</context>
<context>
    <name>RunnerPage</name>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="70"/>
        <source>Open audit</source>
        <translation>打开审核</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="118"/>
        <source>revision {0}</source>
        <translation>修订版 {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="134"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="148"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="166"/>
        <source>◀ Audits</source>
        <translation>◀ 审核列表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/runner_page.py" line="167"/>
        <source>Back to the list (everything is saved)</source>
        <translation>返回列表（所有内容均已保存）</translation>
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
        <location filename="../../auditapp/ui/runner/navigator.py" line="96"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/navigator.py" line="107"/>
        <source>timer</source>
        <translation>计时中</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="123"/>
        <source>Auditor profile</source>
        <translation>审核员个人资料</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="124"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="125"/>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="206"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="126"/>
        <source>Audit runner</source>
        <translation>审核执行</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="128"/>
        <source>Move to the next item after a one-key answer (P, F, N or a digit)</source>
        <translation>单键作答（P、F、N 或数字）后自动转到下一项</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="130"/>
        <source>Save profile</source>
        <translation>保存个人资料</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="131"/>
        <source>&amp;Program language:</source>
        <translation>程序语言(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="133"/>
        <source>&amp;Report language:</source>
        <translation>报告语言(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="135"/>
        <source>In use:</source>
        <translation>当前使用:</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="138"/>
        <source>Reports (PDF) are written in the report language, whatever language the program shows.</source>
        <translation>无论程序界面显示何种语言，报告 (PDF) 均以报告语言生成。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="142"/>
        <source>Choose another folder…</source>
        <translation>选择其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="143"/>
        <source>Use the default folder</source>
        <translation>使用默认文件夹</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="148"/>
        <source>A change takes effect at the next start; the data stays where it is.</source>
        <translation>更改将在下次启动时生效；数据仍保留在原位置。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="150"/>
        <source>Chosen for the next start: {0}</source>
        <translation>下次启动时使用: {0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="153"/>
        <source>The AUDITAPP_DATA_DIR environment variable is set and decides the folder.</source>
        <translation>已设置 AUDITAPP_DATA_DIR 环境变量，文件夹由它决定。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="161"/>
        <source>A name is required.</source>
        <translation>必须填写姓名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="165"/>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="208"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="187"/>
        <source>The translation for {0} is not installed; form texts still follow it.</source>
        <translation>{0} 的界面翻译未安装；审核表文本仍会使用该语言。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/settings_page.py" line="197"/>
        <source>Data folder for the next start</source>
        <translation>下次启动使用的数据文件夹</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="284"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="287"/>
        <source>Sign in the box with the mouse, a pen or a finger.</source>
        <translation>请用鼠标、手写笔或手指在框内签名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="291"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="293"/>
        <source>Type name instead</source>
        <translation>改为输入姓名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="296"/>
        <source>Use this signature</source>
        <translation>使用此签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="299"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="317"/>
        <source>The box is empty: sign in it first.</source>
        <translation>框内为空：请先签名。</translation>
    </message>
</context>
<context>
    <name>SignatureEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="219"/>
        <source>Sign…</source>
        <translation>签名…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="219"/>
        <source>Draw the signature on the signature pad</source>
        <translation>在签名板上手写签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="230"/>
        <source>Printed name of the signer (E to type)</source>
        <translation>签名人正楷姓名（按 E 输入）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="245"/>
        <source>Signed on the pad.</source>
        <translation>已在签名板上签名。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="247"/>
        <source>Not signed yet: press Sign… to draw the signature.</source>
        <translation>尚未签名：请按“签名…”手写签名。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../auditapp/ui/signature_pad.py" line="129"/>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/signature_pad.py" line="130"/>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>请用鼠标、手写笔或手指在此签名</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="261"/>
        <source>Printed name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="267"/>
        <source>Type name instead</source>
        <translation>改为输入姓名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="268"/>
        <source>Put the printed name on the pad (for keyboard-only use)</source>
        <translation>将姓名填到签名板上（仅用键盘时使用）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="269"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/finish.py" line="302"/>
        <location filename="../../auditapp/ui/finish.py" line="307"/>
        <source>Drawn {0}</source>
        <translation>签于 {0}</translation>
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
        <location filename="../../auditapp/ui/models.py" line="299"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="300"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="301"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="302"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="303"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/models.py" line="304"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <location filename="../../auditapp/ui/pages/sites_page.py" line="128"/>
        <source>Search sites</source>
        <translation>搜索网点</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/pages/sites_page.py" line="129"/>
        <source>Import sites…</source>
        <translation>导入网点…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../auditapp/ui/pages/sites_page.py" line="134"/>
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n 个网点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StopwatchWidget</name>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="103"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="104"/>
        <source>Reset the stopwatch (Ctrl+R)</source>
        <translation>重置秒表 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="106"/>
        <source>Use</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="107"/>
        <source>Write the time shown into the answer</source>
        <translation>将显示的时间填入答案</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="109"/>
        <source>Stopwatch</source>
        <translation>秒表</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="146"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="146"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/stopwatch.py" line="147"/>
        <source>Start or stop the stopwatch (Ctrl+T)</source>
        <translation>开始或停止秒表 (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/item_editors.py" line="257"/>
        <source>Type here (E to start typing, Esc to leave)</source>
        <translation>在此输入（按 E 开始输入，按 Esc 离开）</translation>
    </message>
</context>
<context>
    <name>TimeEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="193"/>
        <source>Now  [N]</source>
        <translation>现在  [N]</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="193"/>
        <source>Use the current time (N)</source>
        <translation>使用当前时间（N）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/typed_editors.py" line="198"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="156"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="52"/>
        <location filename="../../auditapp/ui/verify_dialog.py" line="119"/>
        <location filename="../../auditapp/ui/verify_dialog.py" line="139"/>
        <source>Verify a report</source>
        <translation>验证报告</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="56"/>
        <source>A signed PDF report</source>
        <translation>已签名的 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="59"/>
        <source>Optional: head office&apos;s folder of auditor certificates</source>
        <translation>可选：总部收集的审核员证书文件夹</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="61"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="64"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="68"/>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="69"/>
        <source>Trusted certificates:</source>
        <translation>受信任的证书：</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="83"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="84"/>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="85"/>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>证书指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="86"/>
        <source>Known as</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="87"/>
        <source>Changed after it</source>
        <translation>签名后是否被改动</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="102"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="119"/>
        <source>PDF reports (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="126"/>
        <source>Folder of trusted certificates</source>
        <translation>受信任证书所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="139"/>
        <source>Choose the PDF report to verify.</source>
        <translation>请选择要验证的 PDF 报告。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="145"/>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="157"/>
        <source>Cannot verify</source>
        <translation>无法验证</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="163"/>
        <source>Verifying the report</source>
        <translation>正在验证报告</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="176"/>
        <source>This device&apos;s identity</source>
        <translation>本设备的签名身份</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="178"/>
        <source>Trusted: {0}</source>
        <translation>受信任：{0}</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="180"/>
        <source>Chains to a trusted certificate</source>
        <translation>可追溯到受信任的证书</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="182"/>
        <source>Unknown: compare the fingerprint</source>
        <translation>未知：请核对指纹</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="189"/>
        <source>yes: altered</source>
        <translation>是：已被篡改</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="189"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="202"/>
        <source>Intact, signed by a known certificate</source>
        <translation>完好，由已知证书签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="203"/>
        <source>Intact, but the signer is unverified</source>
        <translation>完好，但签名人未经核实</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="204"/>
        <source>Intact, but signed by an unknown certificate</source>
        <translation>完好，但由未知证书签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="205"/>
        <source>Altered</source>
        <translation>已被篡改</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="206"/>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="212"/>
        <source>Nothing was changed after any signature, and every signer is this device&apos;s identity or a certificate of the trusted folder.</source>
        <translation>任何签名之后均无改动，且每位签名人都是本设备的签名身份或受信任文件夹中的证书。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="216"/>
        <source>Nothing was changed after signing, but anybody can make a certificate with any name. Compare the fingerprint with the auditor&apos;s (Settings, or “auditapp identity show”), or choose head office&apos;s folder of auditor certificates.</source>
        <translation>签名后无改动，但任何人都能以任意姓名制作证书。请将指纹与审核员的指纹核对（见“设置”或“auditapp identity show”），或选择总部的审核员证书文件夹。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="222"/>
        <source>Nothing was changed after signing, but a signer is neither this device&apos;s identity nor a certificate of the trusted folder: it may be a forgery.</source>
        <translation>签名后无改动，但有签名人既不是本设备的签名身份，也不在受信任文件夹的证书中：这可能是伪造的报告。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="226"/>
        <source>The report was changed after it was signed. Do not rely on its contents.</source>
        <translation>报告在签名后被改动过。请勿采信其内容。</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/verify_dialog.py" line="228"/>
        <source>The file carries no signature.</source>
        <translation>该文件没有签名。</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="170"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="171"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="172"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="173"/>
        <source>rings</source>
        <translation>响铃次数</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="174"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="175"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="176"/>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="177"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="178"/>
        <source>lux</source>
        <translation>勒克斯</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="179"/>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../auditapp/ui/runner/editor_base.py" line="180"/>
        <source>cm</source>
        <translation>厘米</translation>
    </message>
</context>
</TS>
