<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>Document</name>
    <message>
        <source>MINUTES
of the meeting of the {commission}</source>
        <translation>ПРОТОКОЛ
заседания {commission}</translation>
    </message>
    <message>
        <source>MINUTES
of the extraordinary meeting of the {commission}</source>
        <translation>ПРОТОКОЛ
внеочередного заседания {commission}</translation>
    </message>
    <message>
        <source>EXTRACT
from the minutes No. {number} of the meeting of the {commission} {date}</source>
        <translation>ВЫПИСКА
из протокола № {number} заседания {commission} {date}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>(with amendments {date}, revision {revision})</source>
        <translation>(с изменениями {date}, редакция {revision})</translation>
    </message>
    <message>
        <source>(revision {revision})</source>
        <translation>(редакция {revision})</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>{time}</translation>
    </message>
    <message>
        <source>by videoconference</source>
        <translation>в режиме видеоконференцсвязи</translation>
    </message>
    <message>
        <source>in person and by videoconference</source>
        <translation>в очном формате и в режиме видеоконференцсвязи</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year} года</translation>
    </message>
    <message>
        <source>“{day}” {month} {year}</source>
        <translation>«{day}» {month} {year} года</translation>
    </message>
    <message>
        <source>until {day} {month} {year}</source>
        <translation>до {day} {month} {year} года</translation>
    </message>
    <message>
        <source>of {day} {month} {year}</source>
        <translation>от {day} {month} {year} года</translation>
    </message>
    <message>
        <source>{surname} {initials}</source>
        <translation>{surname} {initials}</translation>
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
        <translation>Председательствовал:</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Присутствовали:</translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation>Отсутствовали:</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>Приглашенные:</translation>
    </message>
    <message>
        <source>members of the commission — {present} {of_total} (the list is attached); {quorum}.</source>
        <translation>члены комиссии — {present} {of_total} (список прилагается); {quorum}.</translation>
    </message>
    <message>
        <source>there is a quorum</source>
        <translation>кворум имеется</translation>
    </message>
    <message>
        <source>there is no quorum</source>
        <translation>кворум отсутствует</translation>
    </message>
    <message>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <source>replaced by {substitute}</source>
        <translation>заменяет {substitute}</translation>
    </message>
    <message>
        <source>{reason}; replaced by {substitute}</source>
        <translation>{reason}; заменяет {substitute}</translation>
    </message>
    <message>
        <source>Appendix to the minutes No. {number} {date}</source>
        <translation>Приложение к протоколу № {number} {date}</translation>
    </message>
    <message>
        <source>LIST
of the members of the commission present at the meeting</source>
        <translation>СПИСОК
членов комиссии, присутствовавших на заседании</translation>
    </message>
    <message>
        <source>AGENDA:</source>
        <translation>ПОВЕСТКА ДНЯ:</translation>
    </message>
    <message>
        <source>Speaker: {speakers}</source>
        <translation>Докладчик: {speakers}</translation>
    </message>
    <message>
        <source>{label}, case No. {number}</source>
        <translation>{label}, дело № {number}</translation>
    </message>
    <message>
        <source>HEARD:</source>
        <translation>СЛУШАЛИ:</translation>
    </message>
    <message>
        <source>{speaker} — {summary}</source>
        <translation>{speaker} — {summary}</translation>
    </message>
    <message>
        <source>SPOKE:</source>
        <translation>ВЫСТУПИЛИ:</translation>
    </message>
    <message>
        <source>DECIDED:</source>
        <translation>ПОСТАНОВИЛИ:</translation>
    </message>
    <message>
        <source>Execution of the decisions under review:</source>
        <translation>Сведения о ходе исполнения рассмотренных решений:</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <source>Executor: {agency}</source>
        <translation>Исполнитель: {agency}</translation>
    </message>
    <message>
        <source>Take the information into account.</source>
        <translation>Информацию принять к сведению.</translation>
    </message>
    <message>
        <source>Remove from control {refs}.</source>
        <translation>Снять с контроля {refs}.</translation>
    </message>
    <message>
        <source>point {points} of the minutes No. {number} {date}</source>
        <translation>пункт {points} протокола № {number} {date}</translation>
    </message>
    <message>
        <source>points {points} of the minutes No. {number} {date}</source>
        <translation>пункты {points} протокола № {number} {date}</translation>
    </message>
    <message>
        <source>Extend the term of point {point} of the minutes No. {number} {date} {until}.</source>
        <translation>Продлить срок исполнения пункта {point} протокола № {number} {date} {until}.</translation>
    </message>
    <message>
        <source>Term: {term}.</source>
        <translation>Срок: {term}.</translation>
    </message>
    <message>
        <source>{term} ({until})</source>
        <translation>{term} ({until})</translation>
    </message>
    <message>
        <source>{term} (control {until})</source>
        <translation>{term} (контроль {until})</translation>
    </message>
    <message>
        <source>permanently</source>
        <translation>постоянно</translation>
    </message>
    <message>
        <source>monthly, by day {day} of the month following the reporting month</source>
        <translation>ежемесячно, до {day} числа месяца, следующего за отчетным</translation>
    </message>
    <message>
        <source>quarterly, by day {day} of the month following the reporting quarter</source>
        <translation>ежеквартально, до {day} числа месяца, следующего за отчетным кварталом</translation>
    </message>
    <message>
        <source>every half-year, by day {day} of the month following the reporting half-year</source>
        <translation>раз в полугодие, до {day} числа месяца, следующего за отчетным полугодием</translation>
    </message>
    <message>
        <source>yearly, by day {day} of the month following the reporting year</source>
        <translation>ежегодно, до {day} числа месяца, следующего за отчетным годом</translation>
    </message>
    <message>
        <source>The decision is binding.</source>
        <translation>Решение носит обязательный характер.</translation>
    </message>
    <message>
        <source>Send information on execution to the secretary of the commission.</source>
        <translation>Информацию об исполнении направить секретарю комиссии.</translation>
    </message>
    <message>
        <source>Vote: “for” — {votes_for}, “against” — {votes_against}, “abstained” — {votes_abstained}.</source>
        <translation>Итоги голосования: «за» — {votes_for}, «против» — {votes_against}, «воздержались» — {votes_abstained}.</translation>
    </message>
    <message>
        <source>“for” — {votes_for}, “against” — {votes_against}, “abstained” — {votes_abstained}.</source>
        <translation>«за» — {votes_for}, «против» — {votes_against}, «воздержались» — {votes_abstained}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>With the votes tied, the decision was adopted by the casting vote of the chair.</source>
        <translation>При равенстве голосов решение принято голосом председательствующего.</translation>
    </message>
    <message>
        <source>With the votes tied, the casting vote of the chair rejected the decision.</source>
        <translation>При равенстве голосов решение не принято: председательствующий голосовал «против».</translation>
    </message>
    <message>
        <source>The decision was not adopted.</source>
        <translation>Решение не принято.</translation>
    </message>
    <message>
        <source>Did not support: {names}.</source>
        <translation>Не поддержали: {names}.</translation>
    </message>
    <message>
        <source>Control over the execution of these minutes is assigned to {who}.</source>
        <translation>Контроль за исполнением настоящего протокола возложить на {who}.</translation>
    </message>
    <message>
        <source>Chair of the commission</source>
        <translation>Председатель комиссии</translation>
    </message>
    <message>
        <source>Deputy chair of the commission</source>
        <translation>Заместитель председателя комиссии</translation>
    </message>
    <message>
        <source>Secretary of the commission</source>
        <translation>Секретарь комиссии</translation>
    </message>
    <message>
        <source>The extract is correct: secretary of the commission</source>
        <translation>Выписка верна: секретарь комиссии</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Decisions of the minutes No. {number} {date}</source>
        <translation>Решения протокола № {number} {date}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Lead executor</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Co-executors</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>Первый срок исполнения</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Итоги голосования</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>from {n}</source>
        <translation>из {n}</translation>
    </message>
    <message>
        <source>WORK PLAN
of the {commission}
for {year}</source>
        <translation>ПЛАН
работы {commission}
на {year} год</translation>
    </message>
    <message>
        <source>Work plan for {year}</source>
        <translation>План работы на {year} год</translation>
    </message>
    <message>
        <source>No questions are planned for {year}.</source>
        <translation>На {year} год вопросы не запланированы.</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>План работы</translation>
    </message>
    <message>
        <source>Quarter {quarter}</source>
        <translation>{quarter} квартал</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Наименование вопроса</translation>
    </message>
    <message>
        <source>Responsible for preparation</source>
        <translation>Ответственные за подготовку</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Term of consideration</source>
        <translation>Срок рассмотрения</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Request for information on the execution of the commission's decisions</source>
        <translation>Запрос об исполнении решений комиссии</translation>
    </message>
    <message>
        <source>Ref. No. {number} of {date}</source>
        <translation>Исх. № {number} от {date}</translation>
    </message>
    <message>
        <source>To the head of {agency}</source>
        <translation>Руководителю {agency}</translation>
    </message>
    <message>
        <source>To the head</source>
        <translation>Руководителю</translation>
    </message>
    <message>
        <source>Executor: {name}</source>
        <translation>Исп.: {name}</translation>
    </message>
    <message>
        <source>Executor: {name}, tel. {phone}</source>
        <translation>Исп.: {name}, тел. {phone}</translation>
    </message>
    <message>
        <source>The secretariat of the {commission} reminds you that the following decisions of the commission, whose executor is your institution, are on control:</source>
        <translation>Секретариат {commission} напоминает, что на контроле находятся следующие решения комиссии, исполнителем которых определено Ваше учреждение:</translation>
    </message>
    <message>
        <source>Please submit information on their execution by {date}.</source>
        <translation>Просим представить информацию об исполнении в срок {date}.</translation>
    </message>
    <message>
        <source>No. {number} of {date}, p. {point}</source>
        <translation>№ {number} от {date}, п. {point}</translation>
    </message>
    <message>
        <source>Minutes, point</source>
        <translation>Протокол, пункт</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>истекает сегодня</translation>
    </message>
    <message>
        <source>Control register</source>
        <translation>Реестр контроля</translation>
    </message>
    <message>
        <source>Control register of the commission's decisions as of {date}</source>
        <translation>Реестр контроля исполнения решений комиссии по состоянию на {date}</translation>
    </message>
    <message>
        <source>Minutes No.</source>
        <translation>№ протокола</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Дата заседания</translation>
    </message>
    <message>
        <source>Executed on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <source>Working days overdue</source>
        <translation>Просрочено, рабочих дней</translation>
    </message>
    <message>
        <source>Execution discipline</source>
        <translation>Исполнительская дисциплина</translation>
    </message>
    <message>
        <source>Execution discipline for {year}</source>
        <translation>Исполнительская дисциплина за {year} год</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Подлежало исполнению</translation>
    </message>
    <message>
        <source>Executed on time</source>
        <translation>Исполнено в срок</translation>
    </message>
    <message>
        <source>Executed late</source>
        <translation>Исполнено с нарушением срока</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Average working days late</source>
        <translation>Среднее опоздание, рабочих дней</translation>
    </message>
    <message>
        <source>INDIVIDUAL PROGRAMME
of social-legal assistance
(case No. {number})</source>
        <translation>ИНДИВИДУАЛЬНАЯ ПРОГРАММА
оказания социально-правовой помощи
(дело № {number})</translation>
    </message>
    <message>
        <source>Full name: {name}</source>
        <translation>Фамилия, имя, отчество: {name}</translation>
    </message>
    <message>
        <source>Date of birth: {date}</source>
        <translation>Дата рождения: {date}</translation>
    </message>
    <message>
        <source>District: {district}</source>
        <translation>Район: {district}</translation>
    </message>
    <message>
        <source>Case opened: {date}</source>
        <translation>Дело открыто: {date}</translation>
    </message>
    <message>
        <source>Programme approved: {date}</source>
        <translation>Программа утверждена: {date}</translation>
    </message>
    <message>
        <source>Needs identified:</source>
        <translation>Выявленные потребности:</translation>
    </message>
    <message>
        <source>no needs were recorded</source>
        <translation>потребности не указаны</translation>
    </message>
    <message>
        <source>Measures of the programme:</source>
        <translation>Мероприятия программы:</translation>
    </message>
    <message>
        <source>No measures are planned yet.</source>
        <translation>Мероприятия пока не запланированы.</translation>
    </message>
    <message>
        <source>I have read the programme and agree to take part in it; I have been told which agencies will help me and by when. (man)</source>
        <translation>С программой ознакомлен и согласен участвовать в ней; мне разъяснено, какие органы и в какие сроки окажут мне помощь.</translation>
    </message>
    <message>
        <source>I have read the programme and agree to take part in it; I have been told which agencies will help me and by when. (woman)</source>
        <translation>С программой ознакомлена и согласна участвовать в ней; мне разъяснено, какие органы и в какие сроки окажут мне помощь.</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Сотрудник службы пробации</translation>
    </message>
    <message>
        <source>Person on the register</source>
        <translation>Лицо, состоящее на учете</translation>
    </message>
    <message>
        <source>__________ {name}</source>
        <translation>__________ {name}</translation>
    </message>
    <message>
        <source>“___” __________ 20___</source>
        <translation>«___» __________ 20___ г.</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>{commission}: sittings and deadlines</source>
        <translation>{commission}: заседания и сроки</translation>
    </message>
    <message>
        <source>Sitting of the commission No. {number}</source>
        <translation>Заседание комиссии № {number}</translation>
    </message>
    <message>
        <source>Extraordinary sitting of the commission No. {number}</source>
        <translation>Внеочередное заседание комиссии № {number}</translation>
    </message>
    <message>
        <source>Deadline: decision {number} of the minutes No. {meeting} — {agency}</source>
        <translation>Срок исполнения: пункт {number} протокола № {meeting} — {agency}</translation>
    </message>
    <message>
        <source>Deadline: decision {number} of the minutes No. {meeting}</source>
        <translation>Срок исполнения: пункт {number} протокола № {meeting}</translation>
    </message>
    <message>
        <source>Measure deadline: case No. {case} — {need}</source>
        <translation>Срок мероприятия: дело № {case} — {need}</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Register of probation clients as of {date}</source>
        <translation>Реестр лиц, состоящих на учете службы пробации, на {date}</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Register of social-support cases as of {date}</source>
        <translation>Реестр дел социально-правовой помощи на {date}</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата постановки на учет</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>Дата снятия с учета</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>№ дела</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Open measures</source>
        <translation>Мероприятий в работе</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Просрочено мероприятий</translation>
    </message>
    <message numerus="yes">
            <source>within %n calendar day(s)</source>
            <translation>
                <numerusform>в течение %n календарного дня</numerusform>
                <numerusform>в течение %n календарных дней</numerusform>
                <numerusform>в течение %n календарных дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>within %n working day(s)</source>
            <translation>
                <numerusform>в течение %n рабочего дня</numerusform>
                <numerusform>в течение %n рабочих дней</numerusform>
                <numerusform>в течение %n рабочих дней</numerusform>
            </translation>
        </message>
        <message>
        <source>Import of clients from «{file}»</source>
        <translation>Загрузка клиентов из «{file}»</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Отчёт о загрузке</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>Строка файла</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлён</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>Trial run: nothing was written to the database.</source>
        <translation>Пробный прогон: в базу данных ничего не записано.</translation>
    </message>
    <message>
        <source>On the difficulties in providing social-legal assistance in case No. {number} ({label}): {need}</source>
        <translation>О затруднениях в оказании социально-правовой помощи по делу № {number} ({label}): {need}</translation>
    </message>
    <message>
        <source>{need}, {agency}</source>
        <translation>{need}, {agency}</translation>
    </message>
    <message>
        <source>Discipline score, 0–100</source>
        <translation>Показатель дисциплины, 0–100</translation>
    </message>
    <message>
        <source>On improper execution of the commission's decisions</source>
        <translation>О ненадлежащем исполнении решений комиссии</translation>
    </message>
    <message>
        <source>By letter No. {number} of {date} the secretariat of the {commission} reminded your institution of the following decisions of the commission and asked for information on their execution. The decisions have not been properly executed:</source>
        <translation>Письмом исх. № {number} от {date} секретариат {commission} напомнил Вашему учреждению о следующих решениях комиссии и запросил информацию об их исполнении. До настоящего времени решения надлежащим образом не исполнены:</translation>
    </message>
    <message>
        <source>Please take measures to execute them, consider the responsibility of the officials at fault and inform the commission of the results by {date}.</source>
        <translation>Просим принять меры к их исполнению, рассмотреть вопрос об ответственности виновных должностных лиц и проинформировать комиссию о результатах в срок {date}.</translation>
    </message>
    <message>
        <source>Submission on improper execution of the commission's decisions</source>
        <translation>Представление о ненадлежащем исполнении решений комиссии</translation>
    </message>
    <message>
        <source>To the akim</source>
        <translation>Акиму</translation>
    </message>
    <message>
        <source>The following decisions of the {commission}, whose executor is {agency}, have not been properly executed, although the agency was reminded of them and letter No. {number} of {date} was sent to its head:</source>
        <translation>Следующие решения {commission}, исполнителем которых определено {agency}, надлежащим образом не исполнены, несмотря на направленное напоминание и письмо руководителю исх. № {number} от {date}:</translation>
    </message>
    <message>
        <source>Please consider the responsibility of the head of {agency} for failing to execute the commission's decisions.</source>
        <translation>Просим рассмотреть вопрос об ответственности руководителя организации-исполнителя ({agency}) за неисполнение решений комиссии.</translation>
    </message>
    <message>
        <source>Register of outgoing letters as of {date}</source>
        <translation>Журнал исходящих писем на {date}</translation>
    </message>
    <message>
        <source>Outgoing letters</source>
        <translation>Исходящие письма</translation>
    </message>
    <message>
        <source>Outgoing No.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Cites letter No.</source>
        <translation>Ссылка на письмо №</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>On improper execution of the commission's decision (minutes No. {number} of {date}, p. {point}), executor: {agency}</source>
        <translation>О ненадлежащем исполнении решения комиссии (протокол № {number} от {date}, п. {point}), исполнитель — {agency}</translation>
    </message>
    <message>
        <source>STATISTICS OF THE COMMISSION'S WORK</source>
        <translation>СТАТИСТИЧЕСКИЕ СВЕДЕНИЯ О РАБОТЕ КОМИССИИ</translation>
    </message>
    <message>
        <source>REPORT ON THE WORK OF THE COMMISSION</source>
        <translation>ОТЧЁТ О РАБОТЕ КОМИССИИ</translation>
    </message>
    <message>
        <source>for {period}</source>
        <translation>за {period}</translation>
    </message>
    <message>
        <source>quarter {quarter} of {year}</source>
        <translation>{quarter} квартал {year} года</translation>
    </message>
    <message>
        <source>the year {year}</source>
        <translation>{year} год</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>По состоянию на {date}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Dates due</source>
        <translation>Сроков исполнения</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>С нарушением срока</translation>
    </message>
    <message>
        <source>Score, 0–100</source>
        <translation>Оценка, 0–100</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Дисциплина</translation>
    </message>
    <message>
        <source>No agency had dates due in the period.</source>
        <translation>В периоде сроков исполнения у органов не было.</translation>
    </message>
    <message>
        <source>The probation figures are shown to the secretariat and the probation service.</source>
        <translation>Сведения службы пробации показываются секретариату и службе пробации.</translation>
    </message>
    <message>
        <source>less than 5</source>
        <translation>менее 5</translation>
    </message>
    <message>
        <source>Counts below 5 are not disclosed, to protect personal data.</source>
        <translation>Значения менее 5 не раскрываются в целях защиты персональных данных.</translation>
    </message>
    <message>
        <source>Questions heard</source>
        <translation>Рассмотренные вопросы</translation>
    </message>
    <message>
        <source>No questions were heard in the period.</source>
        <translation>В периоде вопросы не рассматривались.</translation>
    </message>
    <message>
        <source>Questions on individual cases (titles are not published): {count}</source>
        <translation>Вопросы по индивидуальным случаям (наименования не публикуются): {count}</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Аналогичный период прошлого года</translation>
    </message>
    <message>
        <source>Sittings of the commission</source>
        <translation>Заседания комиссии</translation>
    </message>
    <message>
        <source>Questions heard, by kind</source>
        <translation>Рассмотренные вопросы по видам</translation>
    </message>
    <message>
        <source>Decisions adopted</source>
        <translation>Принятые решения</translation>
    </message>
    <message>
        <source>Execution of decisions</source>
        <translation>Исполнение решений</translation>
    </message>
    <message>
        <source>The probation register</source>
        <translation>Учёт службы пробации</translation>
    </message>
    <message>
        <source>Social-legal assistance</source>
        <translation>Социально-правовая помощь</translation>
    </message>
    <message>
        <source>Assistance provided, by kind</source>
        <translation>Оказанная помощь по видам</translation>
    </message>
    <message>
        <source>Assistance provided, by agency</source>
        <translation>Оказанная помощь по органам</translation>
    </message>
    <message>
        <source>The police chief's report</source>
        <translation>Отчёт начальника полиции</translation>
    </message>
    <message>
        <source>Execution discipline of lead agencies</source>
        <translation>Исполнительская дисциплина ответственных органов</translation>
    </message>
    <message>
        <source>Sittings held</source>
        <translation>Проведено заседаний</translation>
    </message>
    <message>
        <source>of them extraordinary</source>
        <translation>из них внеочередных</translation>
    </message>
    <message>
        <source>Questions heard, total</source>
        <translation>Рассмотрено вопросов, всего</translation>
    </message>
    <message>
        <source>Decisions adopted, total</source>
        <translation>Принято решений, всего</translation>
    </message>
    <message>
        <source>of them binding</source>
        <translation>из них обязательных для исполнения</translation>
    </message>
    <message>
        <source>of them taken on control</source>
        <translation>из них поставлено на контроль</translation>
    </message>
    <message>
        <source>Dates of execution falling in the period</source>
        <translation>Сроков исполнения, наступивших в периоде</translation>
    </message>
    <message>
        <source>executed on time</source>
        <translation>исполнено в срок</translation>
    </message>
    <message>
        <source>executed late</source>
        <translation>исполнено с нарушением срока</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Decisions removed from control</source>
        <translation>Снято с контроля решений</translation>
    </message>
    <message>
        <source>Terms extended</source>
        <translation>Продлено сроков исполнения</translation>
    </message>
    <message>
        <source>On the register at the end of the period</source>
        <translation>Состоит на учёте на конец периода</translation>
    </message>
    <message>
        <source>Registered in the period</source>
        <translation>Поставлено на учёт за период</translation>
    </message>
    <message>
        <source>Removed from the register in the period</source>
        <translation>Снято с учёта за период</translation>
    </message>
    <message>
        <source>Cases of social-legal assistance opened</source>
        <translation>Открыто дел социально-правовой помощи</translation>
    </message>
    <message>
        <source>Individual programmes approved</source>
        <translation>Утверждено индивидуальных программ</translation>
    </message>
    <message>
        <source>Cases with an approved programme at the end of the period</source>
        <translation>Дел с утверждённой программой на конец периода</translation>
    </message>
    <message>
        <source>Cases brought before the commission</source>
        <translation>Вынесено случаев на рассмотрение комиссии</translation>
    </message>
    <message>
        <source>Measures of assistance provided</source>
        <translation>Оказано мер помощи</translation>
    </message>
    <message>
        <source>Refused by the client or impossible to provide</source>
        <translation>Отказ клиента или невозможно оказать</translation>
    </message>
    <message>
        <source>Redirected to another provider</source>
        <translation>Перенаправлено в другую организацию</translation>
    </message>
    <message>
        <source>Figures of the police chief's report for quarter {quarter} of {year}:</source>
        <translation>Показатели отчёта начальника полиции за {quarter} квартал {year} года:</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{quarter} кв. {year} г.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>of which:</source>
        <translation>в том числе:</translation>
    </message>
</context>
<context>
    <name>DocumentAgendaKind</name>
    <message>
        <source>crime prevention</source>
        <translation>профилактика правонарушений</translation>
    </message>
    <message>
        <source>social support of probation clients</source>
        <translation>социальная поддержка лиц, состоящих на учёте службы пробации</translation>
    </message>
    <message>
        <source>the police chief's quarterly report</source>
        <translation>ежеквартальный отчёт начальника полиции</translation>
    </message>
    <message>
        <source>progress on earlier decisions</source>
        <translation>ход исполнения ранее принятых решений</translation>
    </message>
    <message>
        <source>other questions</source>
        <translation>прочие вопросы</translation>
    </message>
    <message>
        <source>early detection of and support to persons and families in a difficult life situation</source>
        <translation>раннее выявление лиц и семей, находящихся в трудной жизненной ситуации, и оказание им поддержки</translation>
    </message>
</context>
<context>
    <name>DocumentClientCategory</name>
    <message>
        <source>conditional sentence</source>
        <translation>условное осуждение</translation>
    </message>
    <message>
        <source>restriction of liberty</source>
        <translation>ограничение свободы</translation>
    </message>
    <message>
        <source>parole</source>
        <translation>условно-досрочное освобождение</translation>
    </message>
    <message>
        <source>other non-custodial punishment</source>
        <translation>иное наказание без изоляции от общества</translation>
    </message>
    <message>
        <source>deferred sentence</source>
        <translation>отсрочка отбывания наказания</translation>
    </message>
    <message>
        <source>released after serving</source>
        <translation>освобожденный из мест лишения свободы</translation>
    </message>
    <message>
        <source>pre-trial</source>
        <translation>досудебная пробация</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>несовершеннолетний</translation>
    </message>
</context>
<context>
    <name>DocumentCountNoun</name>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>calendar day</source>
        <translation>календарный день</translation>
    </message>
</context>
<context>
    <name>DocumentDecisionKind</name>
    <message>
        <source>take into account</source>
        <translation>принять к сведению</translation>
    </message>
    <message>
        <source>instruction</source>
        <translation>поручение</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source>remove from control</source>
        <translation>снять с контроля</translation>
    </message>
    <message>
        <source>extend the term</source>
        <translation>продлить срок</translation>
    </message>
</context>
<context>
    <name>DocumentDueIn</name>
    <message>
        <source>expires in {n} working day (one)</source>
        <translation>истекает через {n} рабочий день</translation>
    </message>
    <message>
        <source>expires in {n} working days (few)</source>
        <translation>истекает через {n} рабочих дня</translation>
    </message>
    <message>
        <source>expires in {n} working days (many)</source>
        <translation>истекает через {n} рабочих дней</translation>
    </message>
</context>
<context>
    <name>DocumentLetterKind</name>
    <message>
        <source>reminder</source>
        <translation>напоминание</translation>
    </message>
    <message>
        <source>letter to the head</source>
        <translation>письмо руководителю</translation>
    </message>
    <message>
        <source>question on the agenda</source>
        <translation>вопрос в повестке заседания</translation>
    </message>
    <message>
        <source>submission to the akim</source>
        <translation>представление акиму</translation>
    </message>
</context>
<context>
    <name>DocumentMonth</name>
    <message>
        <source>January</source>
        <translation>января</translation>
    </message>
    <message>
        <source>February</source>
        <translation>февраля</translation>
    </message>
    <message>
        <source>March</source>
        <translation>марта</translation>
    </message>
    <message>
        <source>April</source>
        <translation>апреля</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июня</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июля</translation>
    </message>
    <message>
        <source>August</source>
        <translation>августа</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентября</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октября</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноября</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабря</translation>
    </message>
</context>
<context>
    <name>DocumentMonthOf</name>
    <message>
        <source>January</source>
        <translation>января</translation>
    </message>
    <message>
        <source>February</source>
        <translation>февраля</translation>
    </message>
    <message>
        <source>March</source>
        <translation>марта</translation>
    </message>
    <message>
        <source>April</source>
        <translation>апреля</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июня</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июля</translation>
    </message>
    <message>
        <source>August</source>
        <translation>августа</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентября</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октября</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноября</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабря</translation>
    </message>
</context>
<context>
    <name>DocumentMonthUntil</name>
    <message>
        <source>January</source>
        <translation>января</translation>
    </message>
    <message>
        <source>February</source>
        <translation>февраля</translation>
    </message>
    <message>
        <source>March</source>
        <translation>марта</translation>
    </message>
    <message>
        <source>April</source>
        <translation>апреля</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июня</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июля</translation>
    </message>
    <message>
        <source>August</source>
        <translation>августа</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентября</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октября</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноября</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабря</translation>
    </message>
</context>
<context>
    <name>DocumentNeedKind</name>
    <message>
        <source>employment</source>
        <translation>трудоустройство</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>жилье</translation>
    </message>
    <message>
        <source>identity documents</source>
        <translation>документы, удостоверяющие личность</translation>
    </message>
    <message>
        <source>medical care</source>
        <translation>медицинская помощь</translation>
    </message>
    <message>
        <source>treatment of addiction</source>
        <translation>лечение зависимости</translation>
    </message>
    <message>
        <source>education</source>
        <translation>образование</translation>
    </message>
    <message>
        <source>psychological help</source>
        <translation>психологическая помощь</translation>
    </message>
    <message>
        <source>legal help</source>
        <translation>правовая помощь</translation>
    </message>
    <message>
        <source>social benefits</source>
        <translation>социальные выплаты</translation>
    </message>
    <message>
        <source>restoring family ties</source>
        <translation>восстановление семейных связей</translation>
    </message>
</context>
<context>
    <name>DocumentOverdueBy</name>
    <message>
        <source>overdue by {n} working day (one)</source>
        <translation>просрочено на {n} рабочий день</translation>
    </message>
    <message>
        <source>overdue by {n} working days (few)</source>
        <translation>просрочено на {n} рабочих дня</translation>
    </message>
    <message>
        <source>overdue by {n} working days (many)</source>
        <translation>просрочено на {n} рабочих дней</translation>
    </message>
</context>
<context>
    <name>DocumentPhrase</name>
    <message>
        <source>Remove from control as executed.</source>
        <translation>Снять с контроля как исполненное.</translation>
    </message>
    <message>
        <source>Extend the term of execution until {date}.</source>
        <translation>Продлить срок исполнения до {date}.</translation>
    </message>
    <message>
        <source>The responsible executors are to ensure the timely execution of the decisions of the commission.</source>
        <translation>Ответственным исполнителям обеспечить своевременное исполнение решений комиссии.</translation>
    </message>
    <message>
        <source>Submit information on the work done to the secretary of the commission.</source>
        <translation>Информацию о проделанной работе представить секретарю комиссии.</translation>
    </message>
    <message>
        <source>Hear information on the progress of execution at the next meeting of the commission.</source>
        <translation>Информацию о ходе исполнения заслушать на очередном заседании комиссии.</translation>
    </message>
    <message>
        <source>Recommend taking measures to …</source>
        <translation>Рекомендовать принять меры по …</translation>
    </message>
    <message>
        <source>Recommend considering the question of …</source>
        <translation>Рекомендовать рассмотреть вопрос о …</translation>
    </message>
    <message>
        <source>the secretary of the commission</source>
        <translation>секретаря комиссии</translation>
    </message>
    <message>
        <source>On the progress of execution of the decisions taken at the meetings of the commission</source>
        <translation>О ходе исполнения решений, принятых на заседаниях комиссии</translation>
    </message>
</context>
<context>
    <name>DocumentPlanState</name>
    <message>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <source>on the agenda</source>
        <translation>включен в повестку дня</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>перенесен</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>исключен из плана</translation>
    </message>
    <message>
        <source>considered</source>
        <translation>рассмотрен</translation>
    </message>
</context>
<context>
    <name>DocumentPoliceIndicator</name>
    <message>
        <source>Crimes registered, total</source>
        <translation>Зарегистрировано преступлений, всего</translation>
    </message>
    <message>
        <source>domestic (in the family)</source>
        <translation>в семейно-бытовой сфере</translation>
    </message>
    <message>
        <source>street crimes</source>
        <translation>уличные преступления</translation>
    </message>
    <message>
        <source>committed by minors</source>
        <translation>совершённые несовершеннолетними</translation>
    </message>
    <message>
        <source>repeat offences</source>
        <translation>совершённые повторно</translation>
    </message>
    <message>
        <source>committed by persons on the probation register</source>
        <translation>совершённые лицами, состоящими на учёте службы пробации</translation>
    </message>
    <message>
        <source>Administrative offences detected</source>
        <translation>Выявлено административных правонарушений</translation>
    </message>
    <message>
        <source>Preventive measures held</source>
        <translation>Проведено профилактических мероприятий</translation>
    </message>
    <message>
        <source>Citizens' appeals received</source>
        <translation>Поступило обращений граждан</translation>
    </message>
</context>
<context>
    <name>DocumentProgrammeState</name>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждена</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>исполняется</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>прекращена</translation>
    </message>
</context>
<context>
    <name>DocumentState</name>
    <message>
        <source>not on control</source>
        <translation>не на контроле</translation>
    </message>
    <message>
        <source>on control</source>
        <translation>на контроле</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>срок истекает</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>исполняется</translation>
    </message>
    <message>
        <source>returned for rework</source>
        <translation>на доработке</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>исполнено</translation>
    </message>
    <message>
        <source>removed from control</source>
        <translation>снято с контроля</translation>
    </message>
    <message>
        <source>term extended</source>
        <translation>срок продлен</translation>
    </message>
    <message>
        <source>no longer relevant</source>
        <translation>утратило актуальность</translation>
    </message>
</context>
</TS>