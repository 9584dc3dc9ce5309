<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk">
<context>
    <name>Document</name>
    <message>
        <source>MINUTES
of the meeting of the {commission}</source>
        <translation>{commission} отырысының
ХАТТАМАСЫ</translation>
    </message>
    <message>
        <source>MINUTES
of the extraordinary meeting of the {commission}</source>
        <translation>{commission} кезектен тыс отырысының
ХАТТАМАСЫ</translation>
    </message>
    <message>
        <source>EXTRACT
from the minutes No. {number} of the meeting of the {commission} {date}</source>
        <translation>{commission} отырысының {date} № {number} хаттамасынан
ҮЗІНДІ</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>(with amendments {date}, revision {revision})</source>
        <translation>({date} өзгерістермен, {revision}-редакция)</translation>
    </message>
    <message>
        <source>(revision {revision})</source>
        <translation>({revision}-редакция)</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>сағат {time}</translation>
    </message>
    <message>
        <source>by videoconference</source>
        <translation>бейнеконференцбайланыс режимінде</translation>
    </message>
    <message>
        <source>in person and by videoconference</source>
        <translation>бетпе-бет форматта және бейнеконференцбайланыс режимінде</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ЖОБА</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year} жылғы {day} {month}</translation>
    </message>
    <message>
        <source>“{day}” {month} {year}</source>
        <translation>{year} жылғы «{day}» {month}</translation>
    </message>
    <message>
        <source>until {day} {month} {year}</source>
        <translation>{year} жылғы {day} {month} дейін</translation>
    </message>
    <message>
        <source>of {day} {month} {year}</source>
        <translation>{year} жылғы {day} {month}</translation>
    </message>
    <message>
        <source>{surname} {initials}</source>
        <translation>{initials} {surname}</translation>
    </message>
    <message>
        <source>{position} {name}</source>
        <translation>{position} {name}</translation>
    </message>
    <message>
        <source>{name}, {position}</source>
        <translation>{name}, {position}</translation>
    </message>
    <message>
        <source>{name} — {position}</source>
        <translation>{name} — {position}</translation>
    </message>
    <message>
        <source>Chaired by:</source>
        <translation>Төрағалық еткен:</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Қатысқандар:</translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation>Қатыспағандар:</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>Шақырылғандар:</translation>
    </message>
    <message>
        <source>members of the commission — {present} {of_total} (the list is attached); {quorum}.</source>
        <translation>комиссия мүшелері — {of_total} {present} (тізімі қоса беріледі); {quorum}.</translation>
    </message>
    <message>
        <source>there is a quorum</source>
        <translation>кворум бар</translation>
    </message>
    <message>
        <source>there is no quorum</source>
        <translation>кворум жоқ</translation>
    </message>
    <message>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <source>replaced by {substitute}</source>
        <translation>орнына {substitute} қатысты</translation>
    </message>
    <message>
        <source>{reason}; replaced by {substitute}</source>
        <translation>{reason}; орнына {substitute} қатысты</translation>
    </message>
    <message>
        <source>Appendix to the minutes No. {number} {date}</source>
        <translation>{date} № {number} хаттамаға қосымша</translation>
    </message>
    <message>
        <source>LIST
of the members of the commission present at the meeting</source>
        <translation>Отырысқа қатысқан комиссия мүшелерінің
ТІЗІМІ</translation>
    </message>
    <message>
        <source>AGENDA:</source>
        <translation>КҮН ТӘРТІБІ:</translation>
    </message>
    <message>
        <source>Speaker: {speakers}</source>
        <translation>Баяндамашы: {speakers}</translation>
    </message>
    <message>
        <source>{label}, case No. {number}</source>
        <translation>{label}, № {number} іс</translation>
    </message>
    <message>
        <source>HEARD:</source>
        <translation>ТЫҢДАЛДЫ:</translation>
    </message>
    <message>
        <source>{speaker} — {summary}</source>
        <translation>{speaker} — {summary}</translation>
    </message>
    <message>
        <source>SPOKE:</source>
        <translation>СӨЙЛЕГЕНДЕР:</translation>
    </message>
    <message>
        <source>DECIDED:</source>
        <translation>ҚАУЛЫ ЕТТІ:</translation>
    </message>
    <message>
        <source>Execution of the decisions under review:</source>
        <translation>Қаралған шешімдердің орындалу барысы туралы мәліметтер:</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>{date} № {number}</translation>
    </message>
    <message>
        <source>Executor: {agency}</source>
        <translation>Орындаушы: {agency}</translation>
    </message>
    <message>
        <source>Take the information into account.</source>
        <translation>Ақпарат назарға алынсын.</translation>
    </message>
    <message>
        <source>Remove from control {refs}.</source>
        <translation>{refs} бақылаудан алынсын.</translation>
    </message>
    <message>
        <source>point {points} of the minutes No. {number} {date}</source>
        <translation>{date} № {number} хаттаманың {points}-тармағы</translation>
    </message>
    <message>
        <source>points {points} of the minutes No. {number} {date}</source>
        <translation>{date} № {number} хаттаманың {points}-тармақтары</translation>
    </message>
    <message>
        <source>Extend the term of point {point} of the minutes No. {number} {date} {until}.</source>
        <translation>{date} № {number} хаттаманың {point}-тармағының орындалу мерзімі {until} ұзартылсын.</translation>
    </message>
    <message>
        <source>Term: {term}.</source>
        <translation>Мерзімі: {term}.</translation>
    </message>
    <message>
        <source>{term} ({until})</source>
        <translation>{term} ({until})</translation>
    </message>
    <message>
        <source>{term} (control {until})</source>
        <translation>{term} (бақылау {until})</translation>
    </message>
    <message>
        <source>permanently</source>
        <translation>тұрақты</translation>
    </message>
    <message>
        <source>monthly, by day {day} of the month following the reporting month</source>
        <translation>ай сайын, есепті айдан кейінгі айдың {day}-күніне дейін</translation>
    </message>
    <message>
        <source>quarterly, by day {day} of the month following the reporting quarter</source>
        <translation>тоқсан сайын, есепті тоқсаннан кейінгі айдың {day}-күніне дейін</translation>
    </message>
    <message>
        <source>every half-year, by day {day} of the month following the reporting half-year</source>
        <translation>жарты жылда бір рет, есепті жарты жылдықтан кейінгі айдың {day}-күніне дейін</translation>
    </message>
    <message>
        <source>yearly, by day {day} of the month following the reporting year</source>
        <translation>жыл сайын, есепті жылдан кейінгі айдың {day}-күніне дейін</translation>
    </message>
    <message>
        <source>The decision is binding.</source>
        <translation>Шешім міндетті сипатта болады.</translation>
    </message>
    <message>
        <source>Send information on execution to the secretary of the commission.</source>
        <translation>Орындалуы туралы ақпарат комиссия хатшысына жіберілсін.</translation>
    </message>
    <message>
        <source>Vote: “for” — {votes_for}, “against” — {votes_against}, “abstained” — {votes_abstained}.</source>
        <translation>Дауыс беру қорытындысы: «қолдап» — {votes_for}, «қарсы» — {votes_against}, «қалыс қалған» — {votes_abstained}.</translation>
    </message>
    <message>
        <source>“for” — {votes_for}, “against” — {votes_against}, “abstained” — {votes_abstained}.</source>
        <translation>«қолдап» — {votes_for}, «қарсы» — {votes_against}, «қалыс қалған» — {votes_abstained}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>With the votes tied, the decision was adopted by the casting vote of the chair.</source>
        <translation>Дауыстар тең болғандықтан, шешім төрағалық етушінің дауысымен қабылданды.</translation>
    </message>
    <message>
        <source>With the votes tied, the casting vote of the chair rejected the decision.</source>
        <translation>Дауыстар тең болғандықтан, төрағалық етушінің «қарсы» дауысымен шешім қабылданбады.</translation>
    </message>
    <message>
        <source>The decision was not adopted.</source>
        <translation>Шешім қабылданбады.</translation>
    </message>
    <message>
        <source>Did not support: {names}.</source>
        <translation>Қолдамағандар: {names}.</translation>
    </message>
    <message>
        <source>Control over the execution of these minutes is assigned to {who}.</source>
        <translation>Осы хаттаманың орындалуын бақылау {who} жүктелсін.</translation>
    </message>
    <message>
        <source>Chair of the commission</source>
        <translation>Комиссия төрағасы</translation>
    </message>
    <message>
        <source>Deputy chair of the commission</source>
        <translation>Комиссия төрағасының орынбасары</translation>
    </message>
    <message>
        <source>Secretary of the commission</source>
        <translation>Комиссия хатшысы</translation>
    </message>
    <message>
        <source>The extract is correct: secretary of the commission</source>
        <translation>Үзінді дұрыс: комиссия хатшысы</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Decisions of the minutes No. {number} {date}</source>
        <translation>{date} № {number} хаттаманың шешімдері</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <source>Lead executor</source>
        <translation>Жауапты орындаушы</translation>
    </message>
    <message>
        <source>Co-executors</source>
        <translation>Бірлесіп орындаушылар</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>Бірінші орындау мерзімі</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Дауыс беру қорытындысы</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>from {n}</source>
        <translation>{n:abl}</translation>
    </message>
    <message>
        <source>WORK PLAN
of the {commission}
for {year}</source>
        <translation>{commission} жұмысының {year} жылға арналған
ЖОСПАРЫ</translation>
    </message>
    <message>
        <source>Work plan for {year}</source>
        <translation>{year} жылға арналған жұмыс жоспары</translation>
    </message>
    <message>
        <source>No questions are planned for {year}.</source>
        <translation>{year} жылға мәселелер жоспарланбаған.</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Жұмыс жоспары</translation>
    </message>
    <message>
        <source>Quarter {quarter}</source>
        <translation>{quarter} тоқсан</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Мәселенің атауы</translation>
    </message>
    <message>
        <source>Responsible for preparation</source>
        <translation>Дайындауға жауаптылар</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Баяндамашы</translation>
    </message>
    <message>
        <source>Term of consideration</source>
        <translation>Қарау мерзімі</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Request for information on the execution of the commission's decisions</source>
        <translation>Комиссия шешімдерінің орындалуы туралы сұрау салу</translation>
    </message>
    <message>
        <source>Ref. No. {number} of {date}</source>
        <translation>Шығ. № {number}, {date}</translation>
    </message>
    <message>
        <source>To the head of {agency}</source>
        <translation>{agency} басшысы</translation>
    </message>
    <message>
        <source>To the head</source>
        <translation>Басшысына</translation>
    </message>
    <message>
        <source>Executor: {name}</source>
        <translation>Орынд.: {name}</translation>
    </message>
    <message>
        <source>Executor: {name}, tel. {phone}</source>
        <translation>Орынд.: {name}, тел. {phone}</translation>
    </message>
    <message>
        <source>The secretariat of the {commission} reminds you that the following decisions of the commission, whose executor is your institution, are on control:</source>
        <translation>{commission} хатшылығы Сіздің мекемеңіз орындаушы болып белгіленген комиссияның мынадай шешімдері бақылауда тұрғанын еске салады:</translation>
    </message>
    <message>
        <source>Please submit information on their execution by {date}.</source>
        <translation>Орындалуы туралы ақпаратты {date} ұсынуыңызды сұраймыз.</translation>
    </message>
    <message>
        <source>No. {number} of {date}, p. {point}</source>
        <translation>{date} № {number}, {point}-т.</translation>
    </message>
    <message>
        <source>Minutes, point</source>
        <translation>Хаттама, тармақ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>бүгін аяқталады</translation>
    </message>
    <message>
        <source>Control register</source>
        <translation>Бақылау тізілімі</translation>
    </message>
    <message>
        <source>Control register of the commission's decisions as of {date}</source>
        <translation>Комиссия шешімдерінің орындалуын бақылау тізілімі, {date} жағдай бойынша</translation>
    </message>
    <message>
        <source>Minutes No.</source>
        <translation>Хаттама №</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Отырыс күні</translation>
    </message>
    <message>
        <source>Executed on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>Working days overdue</source>
        <translation>Мерзімі өткен жұмыс күндері</translation>
    </message>
    <message>
        <source>Execution discipline</source>
        <translation>Орындау тәртібі</translation>
    </message>
    <message>
        <source>Execution discipline for {year}</source>
        <translation>{year} жылғы орындау тәртібі</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Орындалуға тиіс</translation>
    </message>
    <message>
        <source>Executed on time</source>
        <translation>Мерзімінде орындалды</translation>
    </message>
    <message>
        <source>Executed late</source>
        <translation>Мерзімі бұзылып орындалды</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>Average working days late</source>
        <translation>Орташа кешігу, жұмыс күні</translation>
    </message>
    <message>
        <source>INDIVIDUAL PROGRAMME
of social-legal assistance
(case No. {number})</source>
        <translation>ӘЛЕУМЕТТІК-ҚҰҚЫҚТЫҚ КӨМЕК КӨРСЕТУДІҢ
ЖЕКЕ БАҒДАРЛАМАСЫ
(№ {number} іс)</translation>
    </message>
    <message>
        <source>Full name: {name}</source>
        <translation>Тегі, аты, әкесінің аты: {name}</translation>
    </message>
    <message>
        <source>Date of birth: {date}</source>
        <translation>Туған күні: {date}</translation>
    </message>
    <message>
        <source>District: {district}</source>
        <translation>Аудан: {district}</translation>
    </message>
    <message>
        <source>Case opened: {date}</source>
        <translation>Іс ашылды: {date}</translation>
    </message>
    <message>
        <source>Programme approved: {date}</source>
        <translation>Бағдарлама бекітілді: {date}</translation>
    </message>
    <message>
        <source>Needs identified:</source>
        <translation>Анықталған қажеттіліктер:</translation>
    </message>
    <message>
        <source>no needs were recorded</source>
        <translation>қажеттіліктер көрсетілмеген</translation>
    </message>
    <message>
        <source>Measures of the programme:</source>
        <translation>Бағдарламаның іс-шаралары:</translation>
    </message>
    <message>
        <source>No measures are planned yet.</source>
        <translation>Іс-шаралар әлі жоспарланбаған.</translation>
    </message>
    <message>
        <source>I have read the programme and agree to take part in it; I have been told which agencies will help me and by when. (man)</source>
        <translation>Бағдарламамен таныстым және оған қатысуға келісемін; маған қандай органдар қандай мерзімде көмек көрсететіні түсіндірілді.</translation>
    </message>
    <message>
        <source>I have read the programme and agree to take part in it; I have been told which agencies will help me and by when. (woman)</source>
        <translation>Бағдарламамен таныстым және оған қатысуға келісемін; маған қандай органдар қандай мерзімде көмек көрсететіні түсіндірілді.</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Пробация қызметінің қызметкері</translation>
    </message>
    <message>
        <source>Person on the register</source>
        <translation>Есепте тұрған адам</translation>
    </message>
    <message>
        <source>__________ {name}</source>
        <translation>__________ {name}</translation>
    </message>
    <message>
        <source>“___” __________ 20___</source>
        <translation>20___ жылғы «___» __________</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Көмек түрі</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Жауапты орган</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>{commission}: sittings and deadlines</source>
        <translation>{commission}: отырыстар мен мерзімдер</translation>
    </message>
    <message>
        <source>Sitting of the commission No. {number}</source>
        <translation>Комиссияның № {number} отырысы</translation>
    </message>
    <message>
        <source>Extraordinary sitting of the commission No. {number}</source>
        <translation>Комиссияның № {number} кезектен тыс отырысы</translation>
    </message>
    <message>
        <source>Deadline: decision {number} of the minutes No. {meeting} — {agency}</source>
        <translation>Орындау мерзімі: № {meeting} хаттаманың {number} тармағы — {agency}</translation>
    </message>
    <message>
        <source>Deadline: decision {number} of the minutes No. {meeting}</source>
        <translation>Орындау мерзімі: № {meeting} хаттаманың {number} тармағы</translation>
    </message>
    <message>
        <source>Measure deadline: case No. {case} — {need}</source>
        <translation>Іс-шара мерзімі: № {case} іс — {need}</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <source>Register of probation clients as of {date}</source>
        <translation>{date} жағдай бойынша пробация қызметінің есебінде тұрған адамдардың тізілімі</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Register of social-support cases as of {date}</source>
        <translation>{date} жағдай бойынша әлеуметтік-құқықтық көмек істерінің тізілімі</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ТАӘ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Есепке қойылған күні</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>Есептен шығарылған күні</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>Іс №</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Open measures</source>
        <translation>Орындалып жатқан іс-шаралар</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Мерзімі өткен іс-шаралар</translation>
    </message>
    <message numerus="yes">
            <source>within %n calendar day(s)</source>
            <translation>
                <numerusform>%n күнтізбелік күн ішінде</numerusform>
                <numerusform>%n күнтізбелік күн ішінде</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>within %n working day(s)</source>
            <translation>
                <numerusform>%n жұмыс күні ішінде</numerusform>
                <numerusform>%n жұмыс күні ішінде</numerusform>
            </translation>
        </message>
        <message>
        <source>Import of clients from «{file}»</source>
        <translation>«{file}» файлынан клиенттерді жүктеу</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Жүктеу есебі</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>Файл жолы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>created</source>
        <translation>құрылды</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>жаңартылды</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>Trial run: nothing was written to the database.</source>
        <translation>Сынақ жүктеу: дерекқорға ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>On the difficulties in providing social-legal assistance in case No. {number} ({label}): {need}</source>
        <translation>№ {number} іс ({label}) бойынша әлеуметтік-құқықтық көмек көрсетудегі қиындықтар туралы: {need}</translation>
    </message>
    <message>
        <source>{need}, {agency}</source>
        <translation>{need}, {agency}</translation>
    </message>
    <message>
        <source>Discipline score, 0–100</source>
        <translation>Орындау тәртібінің көрсеткіші, 0–100</translation>
    </message>
    <message>
        <source>On improper execution of the commission's decisions</source>
        <translation>Комиссия шешімдерінің тиісінше орындалмауы туралы</translation>
    </message>
    <message>
        <source>By letter No. {number} of {date} the secretariat of the {commission} reminded your institution of the following decisions of the commission and asked for information on their execution. The decisions have not been properly executed:</source>
        <translation>{commission} хатшылығы № {number} шығыс хатымен ({date}) Сіздің мекемеңізге комиссияның мынадай шешімдерін еске салып, олардың орындалуы туралы ақпарат сұраған болатын. Осы уақытқа дейін шешімдер тиісінше орындалмаған:</translation>
    </message>
    <message>
        <source>Please take measures to execute them, consider the responsibility of the officials at fault and inform the commission of the results by {date}.</source>
        <translation>Оларды орындау бойынша шаралар қабылдауды, кінәлі лауазымды тұлғалардың жауапкершілігі туралы мәселені қарауды және нәтижелері туралы комиссияны {date} хабардар етуді сұраймыз.</translation>
    </message>
    <message>
        <source>Submission on improper execution of the commission's decisions</source>
        <translation>Комиссия шешімдерінің тиісінше орындалмауы туралы ұсыным</translation>
    </message>
    <message>
        <source>To the akim</source>
        <translation>Әкімге</translation>
    </message>
    <message>
        <source>The following decisions of the {commission}, whose executor is {agency}, have not been properly executed, although the agency was reminded of them and letter No. {number} of {date} was sent to its head:</source>
        <translation>Орындаушысы {agency} болып белгіленген {commission} мынадай шешімдері еске салу хаты және басшыға жіберілген № {number} шығыс хаты ({date}) болғанына қарамастан тиісінше орындалмаған:</translation>
    </message>
    <message>
        <source>Please consider the responsibility of the head of {agency} for failing to execute the commission's decisions.</source>
        <translation>Комиссия шешімдерін орындамағаны үшін орындаушы ұйым басшысының ({agency}) жауапкершілігі туралы мәселені қарауды сұраймыз.</translation>
    </message>
    <message>
        <source>Register of outgoing letters as of {date}</source>
        <translation>{date} жағдай бойынша шығыс хаттар журналы</translation>
    </message>
    <message>
        <source>Outgoing letters</source>
        <translation>Шығыс хаттар</translation>
    </message>
    <message>
        <source>Outgoing No.</source>
        <translation>Шығ. №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Cites letter No.</source>
        <translation>Сілтеме жасалған хат №</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>On improper execution of the commission's decision (minutes No. {number} of {date}, p. {point}), executor: {agency}</source>
        <translation>Комиссия шешімінің ({date} № {number} хаттама, {point}-тармақ) тиісінше орындалмауы туралы, орындаушы — {agency}</translation>
    </message>
    <message>
        <source>STATISTICS OF THE COMMISSION'S WORK</source>
        <translation>КОМИССИЯ ЖҰМЫСЫ ТУРАЛЫ СТАТИСТИКАЛЫҚ МӘЛІМЕТТЕР</translation>
    </message>
    <message>
        <source>REPORT ON THE WORK OF THE COMMISSION</source>
        <translation>КОМИССИЯ ЖҰМЫСЫ ТУРАЛЫ ЕСЕП</translation>
    </message>
    <message>
        <source>for {period}</source>
        <translation>{period} бойынша</translation>
    </message>
    <message>
        <source>quarter {quarter} of {year}</source>
        <translation>{year} жылғы {quarter} тоқсан</translation>
    </message>
    <message>
        <source>the year {year}</source>
        <translation>{year} жыл</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>{date} жағдай бойынша</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Dates due</source>
        <translation>Орындау мерзімдері</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Мерзімі бұзылып</translation>
    </message>
    <message>
        <source>Score, 0–100</source>
        <translation>Баға, 0–100</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Тәртіп</translation>
    </message>
    <message>
        <source>No agency had dates due in the period.</source>
        <translation>Кезеңде органдардың орындау мерзімдері болған жоқ.</translation>
    </message>
    <message>
        <source>The probation figures are shown to the secretariat and the probation service.</source>
        <translation>Пробация қызметінің мәліметтері хатшылық пен пробация қызметіне ғана көрсетіледі.</translation>
    </message>
    <message>
        <source>less than 5</source>
        <translation>5-тен аз</translation>
    </message>
    <message>
        <source>Counts below 5 are not disclosed, to protect personal data.</source>
        <translation>Дербес деректерді қорғау мақсатында 5-тен аз мәндер ашылмайды.</translation>
    </message>
    <message>
        <source>Questions heard</source>
        <translation>Қаралған мәселелер</translation>
    </message>
    <message>
        <source>No questions were heard in the period.</source>
        <translation>Кезеңде мәселелер қаралған жоқ.</translation>
    </message>
    <message>
        <source>Questions on individual cases (titles are not published): {count}</source>
        <translation>Жеке жағдайлар бойынша мәселелер (атаулары жарияланбайды): {count}</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Өткен жылғы осы кезең</translation>
    </message>
    <message>
        <source>Sittings of the commission</source>
        <translation>Комиссия отырыстары</translation>
    </message>
    <message>
        <source>Questions heard, by kind</source>
        <translation>Қаралған мәселелер түрлері бойынша</translation>
    </message>
    <message>
        <source>Decisions adopted</source>
        <translation>Қабылданған шешімдер</translation>
    </message>
    <message>
        <source>Execution of decisions</source>
        <translation>Шешімдердің орындалуы</translation>
    </message>
    <message>
        <source>The probation register</source>
        <translation>Пробация қызметінің есебі</translation>
    </message>
    <message>
        <source>Social-legal assistance</source>
        <translation>Әлеуметтік-құқықтық көмек</translation>
    </message>
    <message>
        <source>Assistance provided, by kind</source>
        <translation>Көрсетілген көмек түрлері бойынша</translation>
    </message>
    <message>
        <source>Assistance provided, by agency</source>
        <translation>Көрсетілген көмек органдар бойынша</translation>
    </message>
    <message>
        <source>The police chief's report</source>
        <translation>Полиция бастығының есебі</translation>
    </message>
    <message>
        <source>Execution discipline of lead agencies</source>
        <translation>Жауапты органдардың орындау тәртібі</translation>
    </message>
    <message>
        <source>Sittings held</source>
        <translation>Өткізілген отырыстар</translation>
    </message>
    <message>
        <source>of them extraordinary</source>
        <translation>оның ішінде кезектен тыс</translation>
    </message>
    <message>
        <source>Questions heard, total</source>
        <translation>Қаралған мәселелер, барлығы</translation>
    </message>
    <message>
        <source>Decisions adopted, total</source>
        <translation>Қабылданған шешімдер, барлығы</translation>
    </message>
    <message>
        <source>of them binding</source>
        <translation>оның ішінде орындалуы міндетті</translation>
    </message>
    <message>
        <source>of them taken on control</source>
        <translation>оның ішінде бақылауға алынған</translation>
    </message>
    <message>
        <source>Dates of execution falling in the period</source>
        <translation>Кезеңде келген орындау мерзімдері</translation>
    </message>
    <message>
        <source>executed on time</source>
        <translation>мерзімінде орындалды</translation>
    </message>
    <message>
        <source>executed late</source>
        <translation>мерзімі бұзылып орындалды</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>Decisions removed from control</source>
        <translation>Бақылаудан алынған шешімдер</translation>
    </message>
    <message>
        <source>Terms extended</source>
        <translation>Ұзартылған орындау мерзімдері</translation>
    </message>
    <message>
        <source>On the register at the end of the period</source>
        <translation>Кезең соңында есепте тұрғандар</translation>
    </message>
    <message>
        <source>Registered in the period</source>
        <translation>Кезеңде есепке қойылғандар</translation>
    </message>
    <message>
        <source>Removed from the register in the period</source>
        <translation>Кезеңде есептен шығарылғандар</translation>
    </message>
    <message>
        <source>Cases of social-legal assistance opened</source>
        <translation>Ашылған әлеуметтік-құқықтық көмек істері</translation>
    </message>
    <message>
        <source>Individual programmes approved</source>
        <translation>Бекітілген жеке бағдарламалар</translation>
    </message>
    <message>
        <source>Cases with an approved programme at the end of the period</source>
        <translation>Кезең соңында бағдарламасы бекітілген істер</translation>
    </message>
    <message>
        <source>Cases brought before the commission</source>
        <translation>Комиссияның қарауына шығарылған жағдайлар</translation>
    </message>
    <message>
        <source>Measures of assistance provided</source>
        <translation>Көрсетілген көмек шаралары</translation>
    </message>
    <message>
        <source>Refused by the client or impossible to provide</source>
        <translation>Клиент бас тартты немесе көрсету мүмкін емес</translation>
    </message>
    <message>
        <source>Redirected to another provider</source>
        <translation>Басқа ұйымға жіберілді</translation>
    </message>
    <message>
        <source>Figures of the police chief's report for quarter {quarter} of {year}:</source>
        <translation>Полиция бастығы есебінің {year} жылғы {quarter} тоқсандағы көрсеткіштері:</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{year} ж. {quarter} тоқсан</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>of which:</source>
        <translation>оның ішінде:</translation>
    </message>
</context>
<context>
    <name>DocumentAgendaKind</name>
    <message>
        <source>crime prevention</source>
        <translation>құқық бұзушылық профилактикасы</translation>
    </message>
    <message>
        <source>social support of probation clients</source>
        <translation>пробация есебіндегі адамдарды әлеуметтік қолдау</translation>
    </message>
    <message>
        <source>the police chief's quarterly report</source>
        <translation>полиция бастығының тоқсандық есебі</translation>
    </message>
    <message>
        <source>progress on earlier decisions</source>
        <translation>бұрын қабылданған шешімдердің орындалу барысы</translation>
    </message>
    <message>
        <source>other questions</source>
        <translation>өзге мәселелер</translation>
    </message>
    <message>
        <source>early detection of and support to persons and families in a difficult life situation</source>
        <translation>қиын өмірлік жағдайдағы адамдар мен отбасыларды ерте анықтау және оларға қолдау көрсету</translation>
    </message>
</context>
<context>
    <name>DocumentClientCategory</name>
    <message>
        <source>conditional sentence</source>
        <translation>шартты түрде сотталу</translation>
    </message>
    <message>
        <source>restriction of liberty</source>
        <translation>бас бостандығын шектеу</translation>
    </message>
    <message>
        <source>parole</source>
        <translation>шартты түрде мерзімінен бұрын босату</translation>
    </message>
    <message>
        <source>other non-custodial punishment</source>
        <translation>қоғамнан оқшаулаусыз өзге жаза</translation>
    </message>
    <message>
        <source>deferred sentence</source>
        <translation>жазаны өтеуді кейінге қалдыру</translation>
    </message>
    <message>
        <source>released after serving</source>
        <translation>бас бостандығынан айыру орындарынан босатылған</translation>
    </message>
    <message>
        <source>pre-trial</source>
        <translation>сотқа дейінгі пробация</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>кәмелетке толмаған</translation>
    </message>
</context>
<context>
    <name>DocumentCountNoun</name>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>calendar day</source>
        <translation>күнтізбелік күн</translation>
    </message>
</context>
<context>
    <name>DocumentDecisionKind</name>
    <message>
        <source>take into account</source>
        <translation>назарға алу</translation>
    </message>
    <message>
        <source>instruction</source>
        <translation>тапсырма</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>ұсыным</translation>
    </message>
    <message>
        <source>remove from control</source>
        <translation>бақылаудан алу</translation>
    </message>
    <message>
        <source>extend the term</source>
        <translation>мерзімін ұзарту</translation>
    </message>
</context>
<context>
    <name>DocumentDueIn</name>
    <message>
        <source>expires in {n} working day (one)</source>
        <translation>{n:abl} кейін аяқталады</translation>
    </message>
    <message>
        <source>expires in {n} working days (few)</source>
        <translation>{n:abl} кейін аяқталады</translation>
    </message>
    <message>
        <source>expires in {n} working days (many)</source>
        <translation>{n:abl} кейін аяқталады</translation>
    </message>
</context>
<context>
    <name>DocumentLetterKind</name>
    <message>
        <source>reminder</source>
        <translation>еске салу хаты</translation>
    </message>
    <message>
        <source>letter to the head</source>
        <translation>басшыға хат</translation>
    </message>
    <message>
        <source>question on the agenda</source>
        <translation>отырыстың күн тәртібіндегі мәселе</translation>
    </message>
    <message>
        <source>submission to the akim</source>
        <translation>әкімге ұсыным</translation>
    </message>
</context>
<context>
    <name>DocumentMonth</name>
    <message>
        <source>January</source>
        <translation>қаңтар</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ақпан</translation>
    </message>
    <message>
        <source>March</source>
        <translation>наурыз</translation>
    </message>
    <message>
        <source>April</source>
        <translation>сәуір</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мамыр</translation>
    </message>
    <message>
        <source>June</source>
        <translation>маусым</translation>
    </message>
    <message>
        <source>July</source>
        <translation>шілде</translation>
    </message>
    <message>
        <source>August</source>
        <translation>тамыз</translation>
    </message>
    <message>
        <source>September</source>
        <translation>қыркүйек</translation>
    </message>
    <message>
        <source>October</source>
        <translation>қазан</translation>
    </message>
    <message>
        <source>November</source>
        <translation>қараша</translation>
    </message>
    <message>
        <source>December</source>
        <translation>желтоқсан</translation>
    </message>
</context>
<context>
    <name>DocumentMonthOf</name>
    <message>
        <source>January</source>
        <translation>қаңтардағы</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ақпандағы</translation>
    </message>
    <message>
        <source>March</source>
        <translation>наурыздағы</translation>
    </message>
    <message>
        <source>April</source>
        <translation>сәуірдегі</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мамырдағы</translation>
    </message>
    <message>
        <source>June</source>
        <translation>маусымдағы</translation>
    </message>
    <message>
        <source>July</source>
        <translation>шілдедегі</translation>
    </message>
    <message>
        <source>August</source>
        <translation>тамыздағы</translation>
    </message>
    <message>
        <source>September</source>
        <translation>қыркүйектегі</translation>
    </message>
    <message>
        <source>October</source>
        <translation>қазандағы</translation>
    </message>
    <message>
        <source>November</source>
        <translation>қарашадағы</translation>
    </message>
    <message>
        <source>December</source>
        <translation>желтоқсандағы</translation>
    </message>
</context>
<context>
    <name>DocumentMonthUntil</name>
    <message>
        <source>January</source>
        <translation>қаңтарға</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ақпанға</translation>
    </message>
    <message>
        <source>March</source>
        <translation>наурызға</translation>
    </message>
    <message>
        <source>April</source>
        <translation>сәуірге</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мамырға</translation>
    </message>
    <message>
        <source>June</source>
        <translation>маусымға</translation>
    </message>
    <message>
        <source>July</source>
        <translation>шілдеге</translation>
    </message>
    <message>
        <source>August</source>
        <translation>тамызға</translation>
    </message>
    <message>
        <source>September</source>
        <translation>қыркүйекке</translation>
    </message>
    <message>
        <source>October</source>
        <translation>қазанға</translation>
    </message>
    <message>
        <source>November</source>
        <translation>қарашаға</translation>
    </message>
    <message>
        <source>December</source>
        <translation>желтоқсанға</translation>
    </message>
</context>
<context>
    <name>DocumentNeedKind</name>
    <message>
        <source>employment</source>
        <translation>жұмысқа орналасу</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>тұрғын үй</translation>
    </message>
    <message>
        <source>identity documents</source>
        <translation>жеке басын куәландыратын құжаттар</translation>
    </message>
    <message>
        <source>medical care</source>
        <translation>медициналық көмек</translation>
    </message>
    <message>
        <source>treatment of addiction</source>
        <translation>тәуелділікті емдеу</translation>
    </message>
    <message>
        <source>education</source>
        <translation>білім алу</translation>
    </message>
    <message>
        <source>psychological help</source>
        <translation>психологиялық көмек</translation>
    </message>
    <message>
        <source>legal help</source>
        <translation>құқықтық көмек</translation>
    </message>
    <message>
        <source>social benefits</source>
        <translation>әлеуметтік төлемдер</translation>
    </message>
    <message>
        <source>restoring family ties</source>
        <translation>отбасылық байланыстарды қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>DocumentOverdueBy</name>
    <message>
        <source>overdue by {n} working day (one)</source>
        <translation>мерзімі өткеніне {n} болды</translation>
    </message>
    <message>
        <source>overdue by {n} working days (few)</source>
        <translation>мерзімі өткеніне {n} болды</translation>
    </message>
    <message>
        <source>overdue by {n} working days (many)</source>
        <translation>мерзімі өткеніне {n} болды</translation>
    </message>
</context>
<context>
    <name>DocumentPhrase</name>
    <message>
        <source>Remove from control as executed.</source>
        <translation>Орындалған ретінде бақылаудан алынсын.</translation>
    </message>
    <message>
        <source>Extend the term of execution until {date}.</source>
        <translation>{date} дейін орындау мерзімі ұзартылсын.</translation>
    </message>
    <message>
        <source>The responsible executors are to ensure the timely execution of the decisions of the commission.</source>
        <translation>Жауапты орындаушылар комиссия шешімдерінің уақтылы орындалуын қамтамасыз етсін.</translation>
    </message>
    <message>
        <source>Submit information on the work done to the secretary of the commission.</source>
        <translation>Атқарылған жұмыс туралы ақпарат комиссия хатшысына ұсынылсын.</translation>
    </message>
    <message>
        <source>Hear information on the progress of execution at the next meeting of the commission.</source>
        <translation>Орындалу барысы туралы ақпарат комиссияның кезекті отырысында тыңдалсын.</translation>
    </message>
    <message>
        <source>Recommend taking measures to …</source>
        <translation>… бойынша шаралар қабылдау ұсынылсын.</translation>
    </message>
    <message>
        <source>Recommend considering the question of …</source>
        <translation>… туралы мәселені қарау ұсынылсын.</translation>
    </message>
    <message>
        <source>the secretary of the commission</source>
        <translation>комиссия хатшысына</translation>
    </message>
    <message>
        <source>On the progress of execution of the decisions taken at the meetings of the commission</source>
        <translation>Комиссия отырыстарында қабылданған шешімдердің орындалу барысы туралы</translation>
    </message>
</context>
<context>
    <name>DocumentPlanState</name>
    <message>
        <source>planned</source>
        <translation>жоспарланған</translation>
    </message>
    <message>
        <source>on the agenda</source>
        <translation>күн тәртібіне енгізілген</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>ауыстырылған</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>жоспардан алынған</translation>
    </message>
    <message>
        <source>considered</source>
        <translation>қаралған</translation>
    </message>
</context>
<context>
    <name>DocumentPoliceIndicator</name>
    <message>
        <source>Crimes registered, total</source>
        <translation>Тіркелген қылмыстар, барлығы</translation>
    </message>
    <message>
        <source>domestic (in the family)</source>
        <translation>отбасылық-тұрмыстық салада</translation>
    </message>
    <message>
        <source>street crimes</source>
        <translation>көшеде жасалған қылмыстар</translation>
    </message>
    <message>
        <source>committed by minors</source>
        <translation>кәмелетке толмағандар жасаған</translation>
    </message>
    <message>
        <source>repeat offences</source>
        <translation>қайталап жасалған</translation>
    </message>
    <message>
        <source>committed by persons on the probation register</source>
        <translation>пробация қызметінің есебінде тұрған адамдар жасаған</translation>
    </message>
    <message>
        <source>Administrative offences detected</source>
        <translation>Анықталған әкімшілік құқық бұзушылықтар</translation>
    </message>
    <message>
        <source>Preventive measures held</source>
        <translation>Өткізілген профилактикалық іс-шаралар</translation>
    </message>
    <message>
        <source>Citizens' appeals received</source>
        <translation>Азаматтардан түскен өтініштер</translation>
    </message>
</context>
<context>
    <name>DocumentProgrammeState</name>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>бекітілді</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>тоқтатылды</translation>
    </message>
</context>
<context>
    <name>DocumentState</name>
    <message>
        <source>not on control</source>
        <translation>бақылауда емес</translation>
    </message>
    <message>
        <source>on control</source>
        <translation>бақылауда</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>мерзімі жақындады</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <source>returned for rework</source>
        <translation>пысықтауда</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>removed from control</source>
        <translation>бақылаудан алынды</translation>
    </message>
    <message>
        <source>term extended</source>
        <translation>мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>no longer relevant</source>
        <translation>өзектілігін жоғалтты</translation>
    </message>
</context>
</TS>