; Inno Setup 6.3+ script of the Windows installer of Commission (x64compatible needs 6.3).
;
; Build on a Windows PC, from the repository's root:
;   py -3.11 installer\build.py                  -> dist\commission\ and dist\version.iss
;   py -3.11 installer\windows\iscc.py          -> dist\commission-<version>-setup.exe
; iscc.py runs Inno Setup's compiler (an installed one, or the npm package `innosetup` it
; fetches into a cache); on Linux it runs it under Wine, which is how tests/test_inno_setup.py
; compiles this script over a stand-in bundle, installs it and uninstalls it.
;
; The installer is per-user: no administrator rights, the program goes to
; %LOCALAPPDATA%\Programs\Commission. The user's database, settings, logs and backups live
; elsewhere — %LOCALAPPDATA%\Akimat\Commission (platformdirs' user data folder, see
; src/commission/db/engine.py data_dir) — and the uninstaller never touches them: removing
; the program must not remove a commission's records.
;
; tests/test_installer.py checks that every file this script takes from dist\ exists in the
; bundle build.py makes.

; The build's folder: the repository's dist\ by default, another one by ISCC /DDist=<folder>
; (installer/windows/iscc.py compiles over a stand-in bundle that way).
#ifndef Dist
#define Dist "..\..\dist"
#endif
; build.py writes the package's version there: #define AppVersion "x.y.z"
#include Dist + "\version.iss"

#define AppName "Commission"
; The shortcuts' name: the same word in Russian and Kazakh. This file is UTF-8 with a BOM,
; which Inno Setup 6 needs to read it as Unicode.
#define AppTitle "Комиссия"
#define AppExe "commission.exe"
; platformdirs.user_data_path("Commission", "Akimat") on Windows
#define UserData "{localappdata}\Akimat\Commission"

[Setup]
; Never change the AppId: upgrades and the uninstaller find the installed copy by it.
AppId={{6F1D2C8A-4B7E-4E39-9A51-3C0B8D27E4F6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Akimat
AppCopyright=Akimat. All rights reserved.
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
PrivilegesRequired=lowest
; {localappdata}\Programs is the folder {userpf} names on Windows 7 and later (and the one
; Inno Setup falls back to without it). Wine 8 cannot expand {userpf} — setup stops with
; "Failed to expand shell folder constant" — so the tests could not install a {userpf} script.
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppTitle}
DisableProgramGroupPage=yes
DisableDirPage=auto
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
SetupIconFile=..\..\resources\icons\commission.ico
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
ShowLanguageDialog=auto
OutputDir={#Dist}
OutputBaseFilename=commission-{#AppVersion}-setup

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
; Inno Setup ships no Kazakh: ours overrides Russian, which stays for the rare messages (disk
; errors and the like) that Kazakh.isl leaves out — everyone in the akimat reads Russian.
Name: "kk"; MessagesFile: "compiler:Languages\Russian.isl,Kazakh.isl"

[CustomMessages]
ru.AppComment=Секретариат межведомственной комиссии: заседания, протоколы, решения и контроль
kk.AppComment=Ведомствоаралық комиссияның хатшылығы: отырыстар, хаттамалар, шешімдер және бақылау
ru.DataKept=Программа удалена. База данных, настройки и резервные копии сохранены в папке:%n%n%1%n%nПри повторной установке программа продолжит работу с ними.
kk.DataKept=Бағдарлама жойылды. Дерекқор, баптаулар және сақтық көшірмелер мына қалтада сақталды:%n%n%1%n%nҚайта орнатқанда бағдарлама жұмысын солармен жалғастырады.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Dist}\commission\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Dist}\commission\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries as a whole: files of the previous version that
; this one no longer has must not linger and be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; IconFilename: "{app}\_internal\resources\icons\commission.ico"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,{#AppTitle}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; IconFilename: "{app}\_internal\resources\icons\commission.ico"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppTitle}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program's own folder. {#UserData} (database, backups, settings, logs) is kept.
Type: dirifempty; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{#UserData}');
    if DirExists(DataDir) then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
