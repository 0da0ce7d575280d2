; Inno Setup script of ServiceAudit's Windows installer (Inno Setup 6.3 or later).
;
; Build the one-folder program first (on Windows: .venv\Scripts\python packaging\build.py),
; then, from the repository's root:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\serviceaudit.iss
;
; which writes dist\serviceaudit-0.1.0-setup.exe. Not built or tested on the Linux CI;
; see packaging\README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ServiceAudit"
#define AppId "io.serviceaudit.ServiceAudit"
#define Dist "..\..\dist\serviceaudit"

[Setup]
; AppId must never change between releases: it is how an upgrade finds the old install.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ServiceAudit developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user or per-machine: the user chooses (no administrator needed for per-user).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=serviceaudit-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\serviceaudit.ico
UninstallDisplayIcon={app}\serviceaudit-gui.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
; The data folder (%LOCALAPPDATA%\ServiceAudit) is the user's and is never removed.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the serviceaudit command to the PATH"; Flags: unchecked

[InstallDelete]
; A new build replaces the whole program folder: no module of an older one may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\serviceaudit-gui.exe"; Comment: "Offline audits of written service standards"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\serviceaudit-gui.exe"; Tasks: desktopicon

[Registry]
; The command line, for the user who installed it (HKCU) or for everyone (HKLM).
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: (not IsAdminInstallMode) and NeedsAddPath('HKCU')
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: IsAdminInstallMode and NeedsAddPath('HKLM')

[Run]
Filename: "{app}\serviceaudit-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// True when the program folder is not yet on the PATH of that hive.
function NeedsAddPath(Hive: string): Boolean;
var
  Current: string;
  Dir: string;
  Root: Integer;
  Key: string;
begin
  Dir := ExpandConstant('{app}');
  if Hive = 'HKLM' then
  begin
    Root := HKEY_LOCAL_MACHINE;
    Key := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  end
  else
  begin
    Root := HKEY_CURRENT_USER;
    Key := 'Environment';
  end;
  if not RegQueryStringValue(Root, Key, 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
