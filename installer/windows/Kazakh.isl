; *** Inno Setup 6: Kazakh messages of the Commission installer ***
;
; Inno Setup ships no Kazakh translation. commission.iss loads this file over Russian.isl
; ("compiler:Languages\Russian.isl,Kazakh.isl"): every message a user meets on the way through
; a per-user installation and removal is here in Kazakh; the rare ones left out (disk, registry
; and component errors) appear in Russian rather than in English.
; Saved as UTF-8 with a BOM, which Inno Setup 6 reads as Unicode.
; Like Default.isl: no period is added to a message that has none in English.

[LangOptions]
LanguageName=Қазақ тілі
LanguageID=$043F
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=%1 бағдарламасын жою

; *** Misc. common
InformationTitle=Ақпарат
ConfirmTitle=Растау
ErrorTitle=Қате

; *** SetupLdr and startup messages
SetupLdrStartupMessage=%1 орнатылады. Жалғастырасыз ба?
SetupAlreadyRunning=Орнату бағдарламасы қазір жұмыс істеп тұр.
SetupAppRunningError=Орнату бағдарламасы %1 қазір жұмыс істеп тұрғанын анықтады.%n%nОның барлық терезелерін жабыңыз да, жалғастыру үшін «OK», шығу үшін «Бас тарту» түймесін басыңыз.
UninstallAppRunningError=Жою бағдарламасы %1 қазір жұмыс істеп тұрғанын анықтады.%n%nОның барлық терезелерін жабыңыз да, жалғастыру үшін «OK», шығу үшін «Бас тарту» түймесін басыңыз.

; *** Setup common messages
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталған жоқ. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды кейін қайта іске қосып, аяқтауға болады.%n%nОрнатудан шығасыз ба?
AboutSetupMenuItem=&Орнату бағдарламасы туралы...
AboutSetupTitle=Орнату бағдарламасы туралы
AboutSetupMessage=%1, %2 нұсқасы%n%3%n%n%1 сайты:%n%4

; *** Buttons
ButtonBack=< &Артқа
ButtonNext=&Келесі >
ButtonInstall=&Орнату
ButtonOK=OK
ButtonCancel=Бас тарту
ButtonYes=&Иә
ButtonYesToAll=Бәріне и&ә
ButtonNo=&Жоқ
ButtonNoToAll=Бәріне ж&оқ
ButtonFinish=&Аяқтау
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Ш&олу...
ButtonNewFolder=&Жаңа қалта жасау

; *** "Select Language" dialog messages
SelectLanguageTitle=Орнату тілін таңдау
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз:

; *** Common wizard text
ClickNext=Жалғастыру үшін «Келесі», орнатудан шығу үшін «Бас тарту» түймесін басыңыз.
BrowseDialogTitle=Қалтаны шолу
BrowseDialogLabel=Төмендегі тізімнен қалтаны таңдап, «OK» түймесін басыңыз.
NewFolderName=Жаңа қалта

; *** "Welcome" wizard page
WelcomeLabel1=[name] орнату шеберіне қош келдіңіз
WelcomeLabel2=Бұл бағдарлама компьютеріңізге [name/ver] орнатады.%n%nЖалғастырмас бұрын басқа бағдарламалардың бәрін жапқан жөн.

; *** "Select Destination Location" wizard page
WizardSelectDir=Орнату қалтасын таңдау
SelectDirDesc=[name] қай қалтаға орнатылсын?
SelectDirLabel3=Орнату бағдарламасы [name] бағдарламасын мына қалтаға орнатады.
SelectDirBrowseLabel=Жалғастыру үшін «Келесі» түймесін басыңыз. Басқа қалтаны таңдау үшін «Шолу» түймесін басыңыз.
DirNameTooLong=Қалта атауы немесе жолы тым ұзын.
InvalidDirName=Қалта атауы дұрыс емес.
BadDirName32=Қалта атауында мына таңбалар болмауы керек:%n%n%1
DirExistsTitle=Қалта бар
DirExists=Мына қалта:%n%n%1%n%nбұрыннан бар. Бәрібір осы қалтаға орнатасыз ба?
DirDoesntExistTitle=Қалта жоқ
DirDoesntExist=Мына қалта:%n%n%1%n%nжоқ. Қалтаны жасау керек пе?
DiskSpaceGBLabel=Дискіде кемінде [gb] ГБ бос орын қажет.
DiskSpaceMBLabel=Дискіде кемінде [mb] МБ бос орын қажет.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Қосымша тапсырмаларды таңдау
SelectTasksDesc=Қандай қосымша тапсырмалар орындалсын?
SelectTasksLabel2=[name] орнату кезінде орындалатын қосымша тапсырмаларды таңдап, «Келесі» түймесін басыңыз.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=«Бастау» мәзіріндегі қалтаны таңдау
SelectStartMenuFolderDesc=Бағдарламаның таңбашалары қай жерге орналастырылсын?
SelectStartMenuFolderLabel3=Орнату бағдарламасы таңбашаларды «Бастау» мәзірінің мына қалтасында жасайды.
SelectStartMenuFolderBrowseLabel=Жалғастыру үшін «Келесі» түймесін басыңыз. Басқа қалтаны таңдау үшін «Шолу» түймесін басыңыз.
MustEnterGroupName=Қалта атауын енгізу керек.
GroupNameTooLong=Қалта атауы немесе жолы тым ұзын.
InvalidGroupName=Қалта атауы дұрыс емес.
BadGroupName=Қалта атауында мына таңбалар болмауы керек:%n%n%1
NoProgramGroupCheck2=«Бастау» мәзірінде қалта &жасамау

; *** "Ready to Install" wizard page
WizardReady=Орнатуға дайын
ReadyLabel1=Орнату бағдарламасы [name] бағдарламасын компьютеріңізге орнатуды бастауға дайын.
ReadyLabel2a=Орнатуды жалғастыру үшін «Орнату», баптауларды қарау немесе өзгерту үшін «Артқа» түймесін басыңыз.
ReadyLabel2b=Орнатуды жалғастыру үшін «Орнату» түймесін басыңыз.
ReadyMemoDir=Орнату қалтасы:
ReadyMemoGroup=«Бастау» мәзіріндегі қалта:
ReadyMemoTasks=Қосымша тапсырмалар:

; *** "Preparing to Install" wizard page
WizardPreparing=Орнатуға дайындық
PreparingDesc=Орнату бағдарламасы [name] бағдарламасын компьютеріңізге орнатуға дайындалып жатыр.
PreviousInstallNotCompleted=Алдыңғы бағдарламаны орнату немесе жою аяқталған жоқ. Оны аяқтау үшін компьютерді қайта іске қосу керек.%n%nКомпьютерді қайта іске қосқаннан кейін [name] орнатуды аяқтау үшін орнату бағдарламасын қайта іске қосыңыз.
CannotContinue=Орнатуды жалғастыру мүмкін емес. Шығу үшін «Бас тарту» түймесін басыңыз.
ApplicationsFound=Орнату бағдарламасы жаңартуы тиіс файлдарды мына бағдарламалар пайдаланып отыр. Орнату бағдарламасына оларды автоматты түрде жабуға рұқсат берген жөн.
ApplicationsFound2=Орнату бағдарламасы жаңартуы тиіс файлдарды мына бағдарламалар пайдаланып отыр. Орнату бағдарламасына оларды автоматты түрде жабуға рұқсат берген жөн. Орнату аяқталғаннан кейін орнату бағдарламасы оларды қайта іске қосуға тырысады.
CloseApplications=Бағдарламаларды &автоматты түрде жабу
DontCloseApplications=Бағдарламаларды &жаппау
ErrorCloseApplications=Орнату бағдарламасы барлық бағдарламаларды автоматты түрде жаба алмады. Жалғастырмас бұрын жаңартылатын файлдарды пайдаланатын бағдарламалардың бәрін жапқан жөн.

; *** "Installing" wizard page
WizardInstalling=Орнату
InstallingLabel=Орнату бағдарламасы [name] бағдарламасын компьютеріңізге орнатып жатыр, күте тұрыңыз.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] орнату шеберінің жұмысы аяқталуда
FinishedLabelNoIcons=Орнату бағдарламасы [name] бағдарламасын компьютеріңізге орнатып болды.
FinishedLabel=Орнату бағдарламасы [name] бағдарламасын компьютеріңізге орнатып болды. Бағдарламаны орнатылған таңбашалар арқылы іске қосуға болады.
ClickFinish=Орнатудан шығу үшін «Аяқтау» түймесін басыңыз.
RunEntryExec=%1 іске қосу
RunEntryShellExec=%1 қарау

; *** Installation phase messages
SetupAborted=Орнату аяқталған жоқ.%n%nМәселені түзетіп, орнатуды қайта іске қосыңыз.
AbortRetryIgnoreSelectAction=Әрекетті таңдаңыз
AbortRetryIgnoreRetry=&Қайталап көру
AbortRetryIgnoreIgnore=Қатені елемей, &жалғастыру
AbortRetryIgnoreCancel=Орнатудан бас тарту

; *** Installation status messages
StatusClosingApplications=Бағдарламалар жабылып жатыр...
StatusCreateDirs=Қалталар жасалып жатыр...
StatusExtractFiles=Файлдар шығарылып жатыр...
StatusCreateIcons=Таңбашалар жасалып жатыр...
StatusCreateIniEntries=INI жазбалары жасалып жатыр...
StatusCreateRegistryEntries=Тізілім жазбалары жасалып жатыр...
StatusRegisterFiles=Файлдар тіркеліп жатыр...
StatusSavingUninstall=Жоюға қажет ақпарат сақталып жатыр...
StatusRunProgram=Орнату аяқталып жатыр...
StatusRestartingApplications=Бағдарламалар қайта іске қосылып жатыр...
StatusRollback=Өзгерістер кері қайтарылып жатыр...

; *** Uninstall display name markings
UninstallDisplayNameMarkAllUsers=Барлық пайдаланушылар
UninstallDisplayNameMarkCurrentUser=Ағымдағы пайдаланушы

; *** Uninstaller messages
ConfirmUninstall=%1 бағдарламасын және оның барлық құрамдас бөліктерін толығымен жойғыңыз келе ме?
UninstallStatusLabel=%1 компьютеріңізден жойылып жатыр, күте тұрыңыз.
UninstalledAll=%1 компьютеріңізден сәтті жойылды.
UninstalledMost=%1 жою аяқталды.%n%nКейбір элементтерді жою мүмкін болмады. Оларды қолмен жоюға болады.
UninstalledAndNeedsRestart=%1 жоюды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?

; *** Uninstallation phase messages
WizardUninstalling=Жою барысы
StatusUninstalling=%1 жойылып жатыр...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=%1 орнатылып жатыр.
ShutdownBlockReasonUninstallingApp=%1 жойылып жатыр.

[CustomMessages]

NameAndVersion=%1, %2 нұсқасы
AdditionalIcons=Қосымша таңбашалар:
CreateDesktopIcon=&Жұмыс үстелінде таңбаша жасау
CreateQuickLaunchIcon=&Жылдам іске қосу тақтасында таңбаша жасау
ProgramOnTheWeb=%1 интернетте
UninstallProgram=%1 бағдарламасын жою
LaunchProgram=%1 бағдарламасын іске қосу
AssocFileExtension=%1 бағдарламасын %2 кеңейтімді файлдармен &байланыстыру
AssocingFileExtension=%1 бағдарламасы %2 кеңейтімді файлдармен байланыстырылып жатыр...
AutoStartProgramGroupDescription=Автоматты іске қосу:
AutoStartProgram=%1 бағдарламасын автоматты түрде іске қосу
AddonHostProgramNotFound=%1 сіз таңдаған қалтадан табылмады.%n%nБәрібір жалғастырасыз ба?
