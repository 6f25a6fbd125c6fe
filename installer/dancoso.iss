; Windows installer of dancoso_desktop (Inno Setup 6).
;
; Build on Windows, from the repository root, after the one-folder bundle:
;     python tools/build_bundle.py              (makes dist\dancoso\ with dancoso.exe and dancoso-cli.exe)
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\dancoso.iss
; The installer is written to dist\installer\DanCoSo-Setup-<version>.exe.
;
; - Per-user: no administrator rights (PrivilegesRequired=lowest); the program goes to
;   %LOCALAPPDATA%\Programs\DanCoSo, the shortcuts to the user's Start menu.
; - The Start-menu shortcut opens dancoso.exe (windowed: no console behind the window).
;   dancoso-cli.exe is the command line; the optional task adds its folder to the user's PATH.
; - The data stays: it lives in %LOCALAPPDATA%\dancoso_desktop (or the folder chosen with
;   --data-dir / DANCOSO_DATA_DIR), outside the program's folder, and nothing here deletes it.
;   Uninstalling removes the program only; installing a newer version over it keeps the data,
;   which the program migrates (after a verified backup) on its first start.

#define AppName "Dân chủ ở cơ sở"
#define AppVersion GetEnv("DANCOSO_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B0E7C52-3D4A-4C1B-9A8E-5D2F0C7A41D3}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=dancoso_desktop
DefaultDirName={localappdata}\Programs\DanCoSo
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist\installer
OutputBaseFilename=DanCoSo-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\dancoso.exe
UninstallDisplayName={#AppName}
ChangesEnvironment=yes
; A running window holds files of the program: close it (its data is saved as it goes).
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Vietnamese set-up screens: Inno Setup ships no Vietnamese.isl; put the community translation
; (Vietnamese.isl from the Inno Setup translations page) beside this file and add:
; Name: "vi"; MessagesFile: "Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "Thêm dancoso-cli vào PATH (dòng lệnh) / Add dancoso-cli to PATH"; Flags: unchecked

[Files]
Source: "..\dist\dancoso\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\dancoso.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\dancoso.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; The user's own PATH (HKCU): no administrator rights needed. Removed again on uninstall.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
    Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\dancoso.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself put in its own folder. The data folder is never listed here.
Type: filesandordirs; Name: "{app}\__pycache__"

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Current, Dir: string;
  P: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Dir := ExpandConstant('{app}');
  if RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
  begin
    P := Pos(';' + Uppercase(Dir), Uppercase(Current));
    if P > 0 then
    begin
      Delete(Current, P, Length(Dir) + 1);
      RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current);
    end;
  end;
end;
