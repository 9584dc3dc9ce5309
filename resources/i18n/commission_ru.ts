<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Commission</source>
        <translation>О программе «Комиссия»</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <source>Secretariat of the interagency commission for crime prevention and social support of persons on the probation register.</source>
        <translation>Секретариат межведомственной комиссии по профилактике правонарушений и социальной поддержке лиц, состоящих на учёте службы пробации.</translation>
    </message>
    <message>
        <source>Licence: proprietary software of the akimat; all rights reserved.</source>
        <translation>Лицензия: проприетарное программное обеспечение акимата; все права защищены.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>База данных: {url}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The account that adds all other users</source>
        <translation>Учётная запись, которая заводит всех остальных пользователей</translation>
    </message>
    <message>
        <source>The administrator adds the secretary, the chair, probation officers and other users later, under Administration → Users. Keep the password safe: nobody can recover it.</source>
        <translation>Секретаря, председателя, сотрудников пробации и других пользователей администратор добавит позже в разделе «Администрирование → Пользователи». Храните пароль надёжно: восстановить его никто не сможет.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Ф. И. О.:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <source>Enter the administrator's full name.</source>
        <translation>Укажите Ф. И. О. администратора.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The password: at least {n} characters, not a common one and not the login. The login is written in Latin letters.</source>
        <translation>Пароль: не короче {n} символов, не из самых распространённых и не совпадающий с логином. Логин пишется латинскими буквами.</translation>
    </message>
</context>
<context>
    <name>AdministrationArea</name>
    <message>
        <source>&amp;Commission</source>
        <translation>&amp;Комиссия</translation>
    </message>
    <message>
        <source>C&amp;omposition</source>
        <translation>&amp;Состав</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>&amp;Working days</source>
        <translation>&amp;Рабочие дни</translation>
    </message>
    <message>
        <source>&amp;Name forms</source>
        <translation>&amp;Падежные формы</translation>
    </message>
    <message>
        <source>Au&amp;dit</source>
        <translation>&amp;Аудит</translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation>Р&amp;езервные копии</translation>
    </message>
    <message>
        <source>&amp;Phrase book</source>
        <translation>&amp;Фразы</translation>
    </message>
    <message>
        <source>&amp;Required items</source>
        <translation>&amp;Обязательные вопросы</translation>
    </message>
</context>
<context>
    <name>AgenciesArea</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Показать &amp;недействующие</translation>
    </message>
    <message>
        <source>&amp;Add agency…</source>
        <translation>&amp;Добавить организацию…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>New agency</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Agency: {name}</source>
        <translation>Организация: {name}</translation>
    </message>
    <message>
        <source>Same as in Russian if left empty</source>
        <translation>Если не заполнено — как на русском</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Ac&amp;tive: receives instructions and letters</source>
        <translation>Дей&amp;ствующая: получает поручения и письма</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Name (&amp;Russian):</source>
        <translation>Наименование (&amp;рус.):</translation>
    </message>
    <message>
        <source>Name (Ka&amp;zakh):</source>
        <translation>Наименование (ка&amp;з.):</translation>
    </message>
    <message>
        <source>Short name (R&amp;ussian):</source>
        <translation>Краткое наименование (р&amp;ус.):</translation>
    </message>
    <message>
        <source>Short &amp;name (Kazakh):</source>
        <translation>Кратко&amp;е наименование (каз.):</translation>
    </message>
    <message>
        <source>&amp;BIN:</source>
        <translation>&amp;БИН:</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>Руково&amp;дитель:</translation>
    </message>
    <message>
        <source>Head's se&amp;x:</source>
        <translation>По&amp;л руководителя:</translation>
    </message>
    <message>
        <source>Head's p&amp;osition:</source>
        <translation>Должн&amp;ость руководителя:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Контактное лицо:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>District &amp;governed:</source>
        <translation>&amp;Район (город) акимата:</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <translation>Новый вопрос повестки дня</translation>
    </message>
    <message>
        <source>The question as the agenda states it, e.g. «On the social adaptation of …»</source>
        <translation>Формулировка вопроса, как в повестке дня, например «О социальной адаптации …»</translation>
    </message>
    <message>
        <source>Who reports, with the position, e.g. «head of the police department Kasymov E. B.»</source>
        <translation>Докладчик с указанием должности, например «начальник отдела полиции Касымов Е. Б.»</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>В&amp;опрос:</translation>
    </message>
    <message>
        <source>Speake&amp;rs:</source>
        <translation>До&amp;кладчики:</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>A&amp;genda:</source>
        <translation>&amp;Повестка дня:</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>До&amp;бавить вопрос…</translation>
    </message>
    <message>
        <source>Progress on &amp;earlier decisions</source>
        <translation>Ход исполнения &amp;решений</translation>
    </message>
    <message>
        <source>Adds the standing item on the progress of decisions taken at earlier meetings as item 1, with every decision due since the previous meeting.</source>
        <translation>Добавляет первым вопросом постоянный вопрос «О ходе исполнения ранее принятых решений» со всеми решениями, срок исполнения которых наступил после предыдущего заседания.</translation>
    </message>
    <message>
        <source>Re&amp;move item…</source>
        <translation>&amp;Удалить вопрос…</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation>Переместить вопрос вверх (Alt+↑)</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation>Переместить вопрос вниз (Alt+↓)</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Переместить вопрос вверх</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Переместить вопрос вниз</translation>
    </message>
    <message>
        <source>Drag an item, or press Alt+Up / Alt+Down, to reorder.</source>
        <translation>Чтобы изменить порядок, перетащите вопрос или нажмите Alt+↑ / Alt+↓.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Item {number} has changes that are not saved. Save them first?</source>
        <translation>В вопросе {number} есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message numerus="yes">
        <source>Remove item {number} «{title}» from the agenda together with its %n decision(s)? The following items are renumbered.</source>
        <translation>
            <numerusform>Исключить вопрос {number} «{title}» из повестки дня вместе с %n решением? Последующие вопросы будут перенумерованы.</numerusform>
            <numerusform>Исключить вопрос {number} «{title}» из повестки дня вместе с %n решениями? Последующие вопросы будут перенумерованы.</numerusform>
            <numerusform>Исключить вопрос {number} «{title}» из повестки дня вместе с %n решениями? Последующие вопросы будут перенумерованы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove item {number} «{title}» from the agenda? The following items are renumbered.</source>
        <translation>Исключить вопрос {number} «{title}» из повестки дня? Последующие вопросы будут перенумерованы.</translation>
    </message>
    <message>
        <source>Remove an item</source>
        <translation>Исключение вопроса</translation>
    </message>
</context>
<context>
    <name>AkimatReportDialog</name>
    <message>
        <source>Report on oblast decision {number}</source>
        <translation>Информация об исполнении решения {number} областной комиссии</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Итоговая</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>Промежуточная</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Дата поступления:</translation>
    </message>
    <message>
        <source>&amp;Incoming No.:</source>
        <translation>&amp;Входящий №:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Содержание:</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the minutes</source>
        <translation>Внесение изменений в протокол</translation>
    </message>
    <message>
        <source>The minutes become editable again. Finalising them afterwards makes revision {revision}; revision {current} stays in the history as it was signed.</source>
        <translation>Протокол снова станет доступен для редактирования. При повторном оформлении будет создана редакция {revision}; редакция {current} сохранится в истории в том виде, в каком была подписана.</translation>
    </message>
    <message>
        <source>e.g. a typing error in point 2.1 found by the executor</source>
        <translation>например, опечатка в пункте 2.1, выявленная исполнителем</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Quorum: {present} of {total} voting members present (at least {required} needed)</source>
        <translation>Кворум имеется: присутствуют {present} из {total} членов с правом голоса (необходимо не менее {required})</translation>
    </message>
    <message>
        <source>No quorum: {present} of {total} voting members present (at least {required} needed)</source>
        <translation>Кворума нет: присутствуют {present} из {total} членов с правом голоса (необходимо не менее {required})</translation>
    </message>
    <message>
        <source>&amp;Everyone present</source>
        <translation>&amp;Отметить всех присутствующими</translation>
    </message>
    <message>
        <source>Marks as present every member not marked yet; marks already made are kept.</source>
        <translation>Отмечает присутствующими всех ещё не отмеченных членов комиссии; сделанные ранее отметки сохраняются.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голос</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Reason of absence</source>
        <translation>Причина отсутствия</translation>
    </message>
    <message>
        <source>Replaced by (name)</source>
        <translation>Заменяющий (Ф. И. О.)</translation>
    </message>
    <message>
        <source>Substitute's position</source>
        <translation>Должность заменяющего</translation>
    </message>
    <message>
        <source>e.g. on leave</source>
        <translation>например, отпуск</translation>
    </message>
    <message>
        <source>Quorum expected: at least {required} of {total} voting members present</source>
        <translation>Кворум: ожидается не менее {required} из {total} членов с правом голоса</translation>
    </message>
    <message>
        <source>Members on the meeting's date: {total}; marked: {marked}; sitting (with substitutes): {present}; guests: {guests}.</source>
        <translation>Членов комиссии на дату заседания: {total}; отмечено: {marked}; участвуют (с учётом замен): {present}; приглашённых: {guests}.</translation>
    </message>
    <message>
        <source>Type the name of the person replacing the member, then press Enter.</source>
        <translation>Введите Ф. И. О. заменяющего лица и нажмите Enter.</translation>
    </message>
    <message>
        <source>Reason (Kazakh)</source>
        <translation>Причина (на казахском)</translation>
    </message>
    <message>
        <source>Position (Kazakh)</source>
        <translation>Должность (на казахском)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Audit trail as of {date}</source>
        <translation>Журнал аудита на {date}</translation>
    </message>
    <message>
        <source>Audit_trail_{date}</source>
        <translation>Журнал_аудита_{date}</translation>
    </message>
    <message>
        <source>Save the audit trail</source>
        <translation>Сохранение журнала аудита</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Saving the audit trail…</source>
        <translation>Сохранение журнала аудита…</translation>
    </message>
</context>
<context>
    <name>AuditResult</name>
    <message>
        <source>Entry No. {seq} of the audit trail was deleted behind the program.</source>
        <translation>Запись журнала № {seq} удалена в обход программы.</translation>
    </message>
    <message>
        <source>Entry No. {seq} does not follow the one before it: an entry was replaced or inserted behind the program.</source>
        <translation>Запись № {seq} не продолжает предыдущую: запись подменена или вставлена в обход программы.</translation>
    </message>
    <message>
        <source>Entry No. {seq} was changed behind the program after it was written.</source>
        <translation>Запись № {seq} изменена в обход программы после того, как была сделана.</translation>
    </message>
    <message>
        <source>The entries of the audit trail after No. {last} were deleted behind the program.</source>
        <translation>Записи журнала после № {last} удалены в обход программы.</translation>
    </message>
    <message>
        <source>The audit trail ends at No. {last}, but the checkpoints show that later entries were written: they were deleted, or an older copy of the database was put back behind the program.</source>
        <translation>Журнал заканчивается на № {last}, но контрольные отметки показывают, что были и более поздние записи: их удалили или в обход программы вернули более старую копию базы.</translation>
    </message>
    <message>
        <source>Entry No. {seq} differs from the checkpoint noted when it was saved: the trail was rewritten from this entry on.</source>
        <translation>Запись № {seq} не совпадает с контрольной отметкой, сделанной при её сохранении: журнал переписан начиная с этой записи.</translation>
    </message>
    <message>
        <source>The audit trail is empty, but the checkpoints show that it had entries: it was wiped behind the program.</source>
        <translation>Журнал пуст, но контрольные отметки показывают, что в нём были записи: его очистили в обход программы.</translation>
    </message>
    <message>
        <source>Entries from No. {seq} on were not written by the program: they were added to the database directly.</source>
        <translation>Записи начиная с № {seq} сделаны не программой: их добавили в базу напрямую.</translation>
    </message>
    <message>
        <source>The audit trail is damaged at entry No. {seq}.</source>
        <translation>Журнал повреждён на записи № {seq}.</translation>
    </message>
    <message>
        <source>changed behind the program</source>
        <translation>изменена в обход программы</translation>
    </message>
    <message>
        <source>added behind the program</source>
        <translation>добавлена в обход программы</translation>
    </message>
    <message>
        <source>deleted behind the program</source>
        <translation>удалена в обход программы</translation>
    </message>
    <message>
        <source>put back to an earlier state behind the program</source>
        <translation>возвращена к прежнему состоянию в обход программы</translation>
    </message>
    <message>
        <source>marked with an audit entry about another record</source>
        <translation>помечена записью журнала о другой записи</translation>
    </message>
    <message>
        <source>Checked: {entries} entries of the trail and {rows} records against them; {checkpoints} checkpoints in {folder}.</source>
        <translation>Проверено: записей журнала — {entries}, сверено с ними записей базы — {rows}; контрольных отметок — {checkpoints} в папке {folder}.</translation>
    </message>
    <message>
        <source>Checked: {entries} entries of the trail; {checkpoints} checkpoints in {folder}.</source>
        <translation>Проверено: записей журнала — {entries}; контрольных отметок — {checkpoints} в папке {folder}.</translation>
    </message>
    <message>
        <source>The audit trail is intact: nothing was changed or removed behind the program.</source>
        <translation>Журнал цел: ничего не изменено и не удалено в обход программы.</translation>
    </message>
    <message>
        <source>No checkpoints of this database are in the folder yet: the end of the trail is vouched for once the program has saved something.</source>
        <translation>В папке ещё нет контрольных отметок этой базы: конец журнала будет заверен, как только программа что-нибудь сохранит.</translation>
    </message>
    <message>
        <source>The audit trail itself is intact, but {count} records differ from it:</source>
        <translation>Сам журнал цел, но записи базы расходятся с ним ({count}):</translation>
    </message>
    <message>
        <source>{record} No. {key}: {what}</source>
        <translation>{record} № {key}: {what}</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…и ещё {count}.</translation>
    </message>
    <message>
        <source>What to do: tell the person responsible for information security; check these records against the documents, and if they were changed without leave restore the database from a backup (the Backups tab).</source>
        <translation>Что делать: сообщите ответственному за информационную безопасность; сверьте эти записи с документами и, если они изменены без разрешения, восстановите базу из резервной копии (вкладка «Резервные копии»).</translation>
    </message>
    <message>
        <source>What to do: change nothing else and tell the person responsible for information security; then restore the database from a backup made before this happened (the Backups tab keeps a copy of the current database for the inquiry).</source>
        <translation>Что делать: больше ничего не меняйте и сообщите ответственному за информационную безопасность; затем восстановите базу из резервной копии, сделанной до этого (вкладка «Резервные копии» сохранит копию текущей базы для проверки).</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>records: {n}</source>
        <translation>записей: {n}</translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>&amp;Проверить журнал аудита</translation>
    </message>
    <message>
        <source>Recomputes the chain of every entry and compares it with the checkpoints kept outside the database: any entry edited, deleted or added directly in the database is found.</source>
        <translation>Пересчитывает цепочку всех записей и сверяет её с контрольными отметками, которые хранятся вне базы: находит любую запись, изменённую, удалённую или добавленную прямо в базе.</translation>
    </message>
    <message>
        <source>Also check every &amp;record against the trail (slower)</source>
        <translation>Сверить с журналом и все &amp;записи базы (дольше)</translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Изменить &amp;папку…</translation>
    </message>
    <message>
        <source>Set by COMMISSION_CHECKPOINT_DIR when the program was started.</source>
        <translation>Задана переменной COMMISSION_CHECKPOINT_DIR при запуске программы.</translation>
    </message>
    <message>
        <source>Latest entries first; older ones load as you scroll down.</source>
        <translation>Сначала последние записи; более ранние подгружаются при прокрутке вниз.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>R&amp;ecord:</source>
        <translation>&amp;Запись:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Save to &amp;Excel (.xlsx)…</source>
        <translation>Сохранить в &amp;Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>Every entry the filters select, not only those scrolled to: for an inspection.</source>
        <translation>Все записи, отобранные фильтрами, а не только прокрученные на экране, — для проверки.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Checkpoints of the audit trail are kept in: {folder}</source>
        <translation>Контрольные отметки журнала хранятся в папке: {folder}</translation>
    </message>
    <message>
        <source>Folder of the audit checkpoints</source>
        <translation>Папка контрольных отметок журнала</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Проверка журнала аудита…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Login: {login}</source>
        <translation>Логин: {login}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Command line (any user of the computer)</source>
        <translation>Командная строка (любой пользователь компьютера)</translation>
    </message>
    <message>
        <source>Command line (user {user} of the computer)</source>
        <translation>Командная строка (пользователь компьютера {user})</translation>
    </message>
    <message>
        <source>The program itself</source>
        <translation>Сама программа</translation>
    </message>
    <message>
        <source>Unknown login</source>
        <translation>Неизвестный логин</translation>
    </message>
    <message>
        <source>no such login</source>
        <translation>такого логина нет</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>неверный пароль</translation>
    </message>
    <message>
        <source>too soon after failed attempts</source>
        <translation>слишком рано после неудачных попыток</translation>
    </message>
    <message>
        <source>account switched off</source>
        <translation>учётная запись отключена</translation>
    </message>
    <message>
        <source>Opened the card.</source>
        <translation>Открыта карточка.</translation>
    </message>
    <message>
        <source>(What the district held before the client moved away.)</source>
        <translation>(То, что район хранил до переезда клиента.)</translation>
    </message>
    <message>
        <source>Opened an attached file.</source>
        <translation>Открыт приложенный файл.</translation>
    </message>
    <message>
        <source>Looked at a list of %n record(s)</source>
        <translation>Просмотрен список из %n записи</translation>
    </message>
    <message>
        <source>, found by a search</source>
        <translation>, найденных поиском</translation>
    </message>
    <message>
        <source>, to link cases to an agenda item</source>
        <translation>, чтобы связать дела с вопросом повестки</translation>
    </message>
    <message>
        <source>%n arrived from another district.</source>
        <translation>%n прибыл из другого района.</translation>
    </message>
    <message>
        <source>Printed the individual programme.</source>
        <translation>Распечатана индивидуальная программа.</translation>
    </message>
    <message>
        <source>Made the backup «{file}».</source>
        <translation>Сделана резервная копия «{file}».</translation>
    </message>
    <message>
        <source>Exported %n row(s).</source>
        <translation>Выгружена %n строка.</translation>
    </message>
    <message>
        <source>Restored the database from «{file}».</source>
        <translation>База данных восстановлена из «{file}».</translation>
    </message>
    <message>
        <source>The backup's trail did not match its checkpoints.</source>
        <translation>Журнал копии не совпал с контрольными точками.</translation>
    </message>
    <message>
        <source>Log-in refused: {reason}.</source>
        <translation>Вход отклонён: {reason}.</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Вход в систему.</translation>
    </message>
    <message>
        <source>Added the holidays and moved working days of {years}: %n day(s).</source>
        <translation>Добавлены праздники и переносы рабочих дней на {years}: %n день.</translation>
    </message>
    <message>
        <source>Demonstration data of {date} made.</source>
        <translation>Созданы демонстрационные данные на {date}.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Изменить &amp;папку…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Сделать &amp;копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Восстановить выбранную копию…</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>Восстановить из &amp;другого файла…</translation>
    </message>
    <message>
        <source>Backups of this &amp;database:</source>
        <translation>Резервные копии этой &amp;базы данных:</translation>
    </message>
    <message>
        <source>A backup is made automatically on the first start of each day; the copies of the last 7 days and of the 8 weeks before them are kept. Before a restore the current database is copied into the same folder.</source>
        <translation>Резервная копия делается автоматически при первом за день запуске программы; хранятся копии за последние 7 дней и за 8 недель до них. Перед восстановлением текущая база данных копируется в ту же папку.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>Last backup: {when}, {size}</source>
        <translation>Последняя резервная копия: {when}, {size}</translation>
    </message>
    <message>
        <source>No backup of this database yet.</source>
        <translation>Резервных копий этой базы данных ещё нет.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>сделана вручную</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Commission backups (*.sqlite3 *.dump);;All files (*)</source>
        <translation>Резервные копии «Комиссии» (*.sqlite3 *.dump);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Replace the whole database with the backup «{file}»? Everything entered since it was made is replaced; a copy of the current database is kept in the backup folder. Other users must close the program first.</source>
        <translation>Заменить всю базу данных резервной копией «{file}»? Всё, что введено после её создания, будет заменено; копия текущей базы данных сохранится в папке резервных копий. Другие пользователи должны сначала закрыть программу.</translation>
    </message>
    <message>
        <source>The backup «{file}» was restored. The program starts again; log in.</source>
        <translation>Резервная копия «{file}» восстановлена. Программа запускается заново; войдите в систему.</translation>
    </message>
    <message>
        <source>The audit trail in «{file}» does not agree with the checkpoints saved with the backup: the file was changed after it was made. The data is restored; check it before relying on it and tell the person responsible for information security.</source>
        <translation>Журнал аудита в «{file}» не совпадает с контрольными точками, сохранёнными вместе с копией: файл изменили после того, как он был сделан. Данные восстановлены; проверьте их, прежде чем на них полагаться, и сообщите ответственному за информационную безопасность.</translation>
    </message>
</context>
<context>
    <name>Bilingual</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>No text in Kazakh</source>
        <translation>Нет текста на казахском</translation>
    </message>
    <message>
        <source>No text in Russian</source>
        <translation>Нет текста на русском</translation>
    </message>
    <message>
        <source>male</source>
        <translation>муж.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жен.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CalendarArea</name>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Месяц</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Неделя</translation>
    </message>
    <message>
        <source>&amp;Sittings</source>
        <translation>&amp;Заседания</translation>
    </message>
    <message>
        <source>&amp;Control deadlines</source>
        <translation>Сроки &amp;контроля</translation>
    </message>
    <message>
        <source>Measure &amp;deadlines</source>
        <translation>Сроки мероп&amp;риятий</translation>
    </message>
    <message>
        <source>E&amp;xport to Outlook (.ics)…</source>
        <translation>&amp;Экспорт в Outlook (.ics)…</translation>
    </message>
    <message numerus="yes">
        <source>◇ %n deadline(s)</source>
        <translation>
            <numerusform>◇ %n срок</numerusform>
            <numerusform>◇ %n срока</numerusform>
            <numerusform>◇ %n сроков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◆ %n measure(s)</source>
        <translation>
            <numerusform>◆ %n мероприятие</numerusform>
            <numerusform>◆ %n мероприятия</numerusform>
            <numerusform>◆ %n мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>● Extraordinary sitting No. %1</source>
        <translation>● Внеочередное заседание № %1</translation>
    </message>
    <message>
        <source>● Sitting No. %1</source>
        <translation>● Заседание № %1</translation>
    </message>
    <message>
        <source>Sittings: %1. Control deadlines: %2, of them overdue: %3.</source>
        <translation>Заседаний: %1. Сроков контроля: %2, из них просрочено: %3.</translation>
    </message>
    <message>
        <source>◇ Decision %1 of minutes No. %2</source>
        <translation>◇ Решение %1 протокола № %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>◆ Measure of case No. %1</source>
        <translation>◆ Мероприятие по делу № %1</translation>
    </message>
    <message>
        <source>Nothing falls on this day.</source>
        <translation>На этот день ничего не назначено.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Export to Outlook</source>
        <translation>Экспорт в Outlook</translation>
    </message>
    <message>
        <source>commission.ics</source>
        <translation>комиссия.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) exported to %1.</source>
        <translation>
            <numerusform>%n запись выгружена: %1.</numerusform>
            <numerusform>%n записи выгружены: %1.</numerusform>
            <numerusform>%n записей выгружено: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarChanges</name>
    <message>
        <source>Add: the list now names this day</source>
        <translation>Добавить: теперь этот день есть в списке</translation>
    </message>
    <message>
        <source>Remove: the list no longer names this day (a working day again)</source>
        <translation>Удалить: этого дня больше нет в списке (снова рабочий день)</translation>
    </message>
    <message>
        <source>Change the kind or the name</source>
        <translation>Изменить вид или название</translation>
    </message>
    <message>
        <source>ordinary day</source>
        <translation>обычный день</translation>
    </message>
</context>
<context>
    <name>CalendarChangesDialog</name>
    <message>
        <source>The holiday list has changed</source>
        <translation>Список праздников изменился</translation>
    </message>
    <message>
        <source>The list of public holidays installed with the program differs from the working calendar kept in the database (a law or a decree changed after the year was filled in). Tick the changes to make; the unticked ones will not be offered again. Days you entered or changed yourself are never touched.</source>
        <translation>Список праздников, установленный с программой, расходится с производственным календарём в базе данных (закон или постановление изменились после того, как год был заполнен). Отметьте изменения, которые нужно внести; неотмеченные больше предлагаться не будут. Дни, которые вы вводили или меняли сами, не затрагиваются.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>После изменения</translation>
    </message>
    <message>
        <source>&amp;Apply the ticked changes</source>
        <translation>&amp;Применить отмеченные</translation>
    </message>
    <message>
        <source>Remind me &amp;later</source>
        <translation>Напомнить &amp;позже</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Add day…</source>
        <translation>&amp;Добавить день…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>C&amp;onfirm the date…</source>
        <translation>Под&amp;твердить дату…</translation>
    </message>
    <message>
        <source>A movable feast's date is expected until the announced date is entered.</source>
        <translation>Дата переходящего праздника считается ожидаемой, пока не введена объявленная дата.</translation>
    </message>
    <message>
        <source>Compare with the &amp;holiday list…</source>
        <translation>Сверить со &amp;списком праздников…</translation>
    </message>
    <message>
        <source>Shows what the list of public holidays installed with the program says differently (a law changed after the year was filled in).</source>
        <translation>Показывает, в чём список праздников, установленный с программой, расходится с календарём (закон изменился после того, как год был заполнен).</translation>
    </message>
    <message>
        <source>&amp;Fill from the holiday list</source>
        <translation>&amp;Заполнить по списку праздников</translation>
    </message>
    <message>
        <source>Adds the public holidays and the days moved by government decree that the program knows for this year. Check them against this year's decree.</source>
        <translation>Добавляет известные программе на этот год праздничные дни и выходные, перенесённые постановлением Правительства. Сверьте их с постановлением этого года.</translation>
    </message>
    <message>
        <source>A deadline that falls on a day off moves to the next working day.</source>
        <translation>Срок, приходящийся на выходной день, переносится на следующий рабочий день.</translation>
    </message>
    <message>
        <source>A deadline that falls on a day off moves to the previous working day.</source>
        <translation>Срок, приходящийся на выходной день, переносится на предыдущий рабочий день.</translation>
    </message>
    <message>
        <source>A deadline that falls on a day off stays on that day.</source>
        <translation>Срок, приходящийся на выходной день, не переносится.</translation>
    </message>
    <message>
        <source>The week is Monday to Friday. This list holds the exceptions of the year: public holidays, days off transferred by government decree, and Saturdays made working days by decree. Working-day deadlines are counted by this calendar.</source>
        <translation>Рабочая неделя — с понедельника по пятницу. В списке — исключения года: праздничные дни, выходные, перенесённые постановлением Правительства, и субботы, объявленные рабочими днями. Сроки в рабочих днях исчисляются по этому календарю.</translation>
    </message>
    <message>
        <source>(The rule is set on the Commission tab.)</source>
        <translation>(Правило задаётся на вкладке «Комиссия».)</translation>
    </message>
    <message>
        <source>{count} exceptions in {year}.</source>
        <translation>Исключений в {year} году: {count}.</translation>
    </message>
    <message>
        <source>No exceptions are recorded for {year}: every Monday to Friday counts as a working day.</source>
        <translation>Исключения на {year} год не внесены: все дни с понедельника по пятницу считаются рабочими.</translation>
    </message>
    <message>
        <source>Comparing with the holiday list…</source>
        <translation>Сверка со списком праздников…</translation>
    </message>
    <message>
        <source>The calendar agrees with the list of public holidays installed.</source>
        <translation>Календарь совпадает с установленным списком праздников.</translation>
    </message>
    <message>
        <source>The holiday list differs on {count} day(s): see the window opened.</source>
        <translation>Список праздников расходится с календарём (дней: {count}) — см. открывшееся окно.</translation>
    </message>
    <message>
        <source>Remove a day</source>
        <translation>Удаление дня</translation>
    </message>
    <message>
        <source>Remove {date} ({name}) from the calendar? The day will follow the ordinary Monday–Friday week again.</source>
        <translation>Удалить {date} ({name}) из календаря? Этот день снова будет определяться обычной рабочей неделей с понедельника по пятницу.</translation>
    </message>
    <message>
        <source>{count} days added from the holiday list for {year}. Check them against this year's government decree on transferring days off.</source>
        <translation>Из списка праздников на {year} год добавлено дней: {count}. Сверьте их с постановлением Правительства о переносе выходных дней на этот год.</translation>
    </message>
    <message>
        <source>The holiday list has no days to add for {year}.</source>
        <translation>В списке праздников нет дней для добавления на {year} год.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>loading…</source>
        <translation>загрузка…</translation>
    </message>
</context>
<context>
    <name>CardExtensionDialog</name>
    <message>
        <source>Extension request on decision {number}</source>
        <translation>Запрос о продлении срока по решению {number}</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Дата запроса:</translation>
    </message>
    <message>
        <source>&amp;Proposed date:</source>
        <translation>&amp;Предлагаемый срок:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
</context>
<context>
    <name>CardGradeDialog</name>
    <message>
        <source>Grade the report</source>
        <translation>Оценка исполнения</translation>
    </message>
    <message>
        <source>Required for any grade below «executed»</source>
        <translation>Обязательно для любой оценки ниже «исполнено»</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Оценка:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>The control point closes.</source>
        <translation>Контрольная точка закрывается.</translation>
    </message>
    <message>
        <source>The control point closes; the agency's discipline score counts it as half.</source>
        <translation>Контрольная точка закрывается; в показателе дисциплины организации она учитывается наполовину.</translation>
    </message>
    <message>
        <source>The report goes back for rework and the point stays open, as with a return.</source>
        <translation>Информация возвращается на доработку, точка остаётся открытой — как при возврате.</translation>
    </message>
    <message>
        <source>The answer is taken; the point stays open until it is executed or removed.</source>
        <translation>Ответ принимается; точка остаётся открытой до исполнения или снятия с контроля.</translation>
    </message>
</context>
<context>
    <name>CardLabels</name>
    <message>
        <source>Interim</source>
        <translation>Промежуточная</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Итоговая</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
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
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Awaiting assessment</source>
        <translation>Ожидает оценки</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Возвращена на доработку</translation>
    </message>
    <message>
        <source>Awaiting the chair</source>
        <translation>Ожидает решения председателя</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Продлён</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Partially executed</source>
        <translation>Исполнено частично</translation>
    </message>
    <message>
        <source>Formal reply (answered without doing)</source>
        <translation>Формальный ответ (отписка)</translation>
    </message>
    <message>
        <source>Not executed</source>
        <translation>Не исполнено</translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Letter to the agency's head</source>
        <translation>Письмо руководителю организации</translation>
    </message>
    <message>
        <source>Question on the commission's agenda</source>
        <translation>Вопрос в повестке заседания комиссии</translation>
    </message>
    <message>
        <source>Submission to the akim</source>
        <translation>Представление акиму</translation>
    </message>
</context>
<context>
    <name>CardReportDialog</name>
    <message>
        <source>Report on decision {number}</source>
        <translation>Информация об исполнении решения {number}</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Итоговая</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>Промежуточная</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Файлов нет</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Приложить файлы…</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Дата поступления:</translation>
    </message>
    <message>
        <source>&amp;Incoming No.:</source>
        <translation>&amp;Входящий №:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Содержание:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
</context>
<context>
    <name>CaseCardDialog</name>
    <message>
        <source>The measure is sent to the commission. No meeting is planned yet: it waits for the nearest meeting and goes onto its agenda when the secretary plans it.</source>
        <translation>Мероприятие вынесено на комиссию. Заседание еще не запланировано: мероприятие ожидает ближайшего заседания и попадет в его повестку, когда секретарь его запланирует.</translation>
    </message>
    <message>
        <source>The measure is sent to the commission: it is proposed for the agenda of meeting No. {number} of {date}.</source>
        <translation>Мероприятие вынесено на комиссию: оно предложено в повестку заседания № {number} от {date}.</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Начать исполнение</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Sto&amp;p…</source>
        <translation>Пр&amp;екратить…</translation>
    </message>
    <message>
        <source>Pro&amp;gramme (.docx)…</source>
        <translation>Прогр&amp;амма (.docx)…</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Потребности</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Мероприятия</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;График</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Вид помощи</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Assessment of the life situation:</source>
        <translation>&amp;Оценка жизненной ситуации:</translation>
    </message>
    <message>
        <source>&amp;Save the needs</source>
        <translation>&amp;Сохранить потребности</translation>
    </message>
    <message>
        <source>Tick the kinds of help the client needs; double-click a note to edit.</source>
        <translation>Отметьте виды помощи, в которых нуждается клиент; чтобы изменить примечание, дважды щелкните по нему.</translation>
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
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;In progress</source>
        <translation>В &amp;работу</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>Резуль&amp;тат…</translation>
    </message>
    <message>
        <source>&amp;Blocked: to the commission…</source>
        <translation>&amp;Вынести на комиссию…</translation>
    </message>
    <message>
        <source>Attach evi&amp;dence…</source>
        <translation>Приложить &amp;файл…</translation>
    </message>
    <message>
        <source>Decision's control ca&amp;rd</source>
        <translation>&amp;Карточка контроля решения</translation>
    </message>
    <message>
        <source>O&amp;pen evidence</source>
        <translation>Откр&amp;ыть подтверждение</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Записал</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>&amp;Add an entry…</source>
        <translation>&amp;Добавить запись…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Measures still to be done, by due date; an escalated measure follows the term of the commission's decision.</source>
        <translation>Мероприятия, которые еще предстоит выполнить, по срокам; для мероприятия, вынесенного на комиссию, действует срок решения комиссии.</translation>
    </message>
    <message>
        <source>Case No. {number}</source>
        <translation>Дело № {number}</translation>
    </message>
    <message>
        <source>Opened on {opened}</source>
        <translation>Открыто {opened}</translation>
    </message>
    <message>
        <source>Case No. {number} — {client}</source>
        <translation>Дело № {number} — {client}</translation>
    </message>
    <message>
        <source>Probation officer: {officer}; district: {district}</source>
        <translation>Сотрудник пробации: {officer}; район: {district}</translation>
    </message>
    <message>
        <source>, approved on {date}</source>
        <translation>, утверждена {date}</translation>
    </message>
    <message>
        <source>, ended on {date}</source>
        <translation>, окончена {date}</translation>
    </message>
    <message>
        <source>decision {number} of meeting No. {meeting} of {date}</source>
        <translation>решение {number} заседания № {meeting} от {date}</translation>
    </message>
    <message>
        <source>Reviewed by the commission:</source>
        <translation>Рассмотрено комиссией:</translation>
    </message>
    <message>
        <source>waiting for the commission</source>
        <translation>ожидает рассмотрения комиссией</translation>
    </message>
    <message>
        <source>decision {number}: {state}</source>
        <translation>решение {number}: {state}</translation>
    </message>
    <message>
        <source>on the agenda of meeting No. {number} of {date}</source>
        <translation>в повестке заседания № {number} от {date}</translation>
    </message>
    <message>
        <source>waiting for the nearest meeting</source>
        <translation>ожидает ближайшего заседания</translation>
    </message>
    <message>
        <source>commission's decision: {state}</source>
        <translation>решение комиссии: {state}</translation>
    </message>
    <message>
        <source>Stop the programme</source>
        <translation>Прекращение программы</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Приложить подтверждающий документ</translation>
    </message>
    <message>
        <source>Programme {number}</source>
        <translation>Программа {number}</translation>
    </message>
    <message>
        <source>Save the programme</source>
        <translation>Сохранить программу</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Measure {number} «{action}»: the action</source>
        <translation>Мера № {number} «{action}»: мероприятие</translation>
    </message>
    <message>
        <source>Measure {number} «{action}»: the outcome</source>
        <translation>Мера № {number} «{action}»: результат</translation>
    </message>
    <message>
        <source>Texts not in Kazakh</source>
        <translation>Тексты без перевода на казахский</translation>
    </message>
    <message>
        <source>These texts of the programme are not translated into Kazakh yet; the programme will print them in Russian:</source>
        <translation>Эти тексты программы ещё не переведены на казахский язык; в программе они будут напечатаны на русском:</translation>
    </message>
    <message>
        <source>Texts not in Russian</source>
        <translation>Тексты без перевода на русский</translation>
    </message>
    <message>
        <source>These texts of the programme are not translated into Russian yet; the programme will print them in Kazakh:</source>
        <translation>Эти тексты программы ещё не переведены на русский язык; в программе они будут напечатаны на казахском:</translation>
    </message>
    <message>
        <source>Fill them in with «Edit…» on the measures, or export the programme as it is.</source>
        <translation>Заполните их кнопкой «Изменить…» под списком мер или экспортируйте программу как есть.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Экспортировать всё равно</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Writing the programme…</source>
        <translation>Сохранение программы…</translation>
    </message>
</context>
<context>
    <name>CaseForms</name>
    <message>
        <source>The notice is recorded. Without the IIN no case can be opened yet: open it when the IIN is known.</source>
        <translation>Извещение зарегистрировано. Без ИИН дело открыть нельзя: откройте его, когда ИИН станет известен.</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Employment</source>
        <translation>Трудоустройство</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Жилье</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <source>Addiction treatment</source>
        <translation>Лечение зависимости</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Psychological help</source>
        <translation>Психологическая помощь</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Правовая помощь</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>Социальные выплаты</translation>
    </message>
    <message>
        <source>Restoring family ties</source>
        <translation>Восстановление семейных связей</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Оказано</translation>
    </message>
    <message>
        <source>Refused by the client</source>
        <translation>Клиент отказался</translation>
    </message>
    <message>
        <source>Cannot be provided</source>
        <translation>Невозможно оказать</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Перенаправлено</translation>
    </message>
    <message>
        <source>Sent to the commission</source>
        <translation>Вынесено на комиссию</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Review at a meeting</source>
        <translation>Рассмотрение на заседании</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>1 — urgent</source>
        <translation>1 — срочно</translation>
    </message>
    <message>
        <source>2 — soon</source>
        <translation>2 — в ближайшее время</translation>
    </message>
    <message>
        <source>3 — can wait</source>
        <translation>3 — может подождать</translation>
    </message>
    <message>
        <source>overdue by {n} working day(s)</source>
        <translation>просрочено на {n} раб. дн.</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок сегодня</translation>
    </message>
    <message>
        <source>due in {n} working day(s)</source>
        <translation>срок через {n} раб. дн.</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <source>Link a client's case</source>
        <translation>Выбор дела клиента</translation>
    </message>
    <message>
        <source>Find an open case by its number or by the first letters of the client's surname. The agenda and the minutes show only the case number and the initials.</source>
        <translation>Найдите открытое дело по номеру или по первым буквам фамилии клиента. В повестке дня и протоколе указываются только номер дела и инициалы.</translation>
    </message>
    <message>
        <source>A case number such as 14/2026, or the first letters of a surname</source>
        <translation>Номер дела, например 14/2026, или первые буквы фамилии</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>Д&amp;ела:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>{case} (already linked)</source>
        <translation>{case} (уже добавлено)</translation>
    </message>
    <message>
        <source>No open case matches the search.</source>
        <translation>Открытых дел по запросу не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) found.</source>
        <translation>
            <numerusform>Найдено %n открытое дело.</numerusform>
            <numerusform>Найдено %n открытых дела.</numerusform>
            <numerusform>Найдено %n открытых дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation>Выберите дело в списке.</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>Your role gives no access to the personal data of clients.</source>
        <translation>Ваша роль не даёт доступа к персональным данным клиентов.</translation>
    </message>
    <message>
        <source>Case number or client's surname</source>
        <translation>Номер дела или фамилия клиента</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Поиск:</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <source>&amp;Release notice…</source>
        <translation>&amp;Извещение об освобождении…</translation>
    </message>
    <message>
        <source>Case from a &amp;notice…</source>
        <translation>&amp;Открыть дело по извещению…</translation>
    </message>
    <message>
        <source>Open the case of a release notice recorded without an IIN</source>
        <translation>Открыть дело по извещению об освобождении, принятому без ИИН</translation>
    </message>
    <message>
        <source>Cases &amp;register (.xlsx)…</source>
        <translation>&amp;Реестр дел (.xlsx)…</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Cases with a measure past its deadline</source>
        <translation>Дела, в которых есть мероприятие с пропущенным сроком</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Программа:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Кате&amp;гория:</translation>
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
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Сотрудник пробации</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Open measures</source>
        <translation>Меры в работе</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Просроченные меры</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>The earliest deadline of the open measures</source>
        <translation>Ближайший срок незавершённых мероприятий</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <source>Open the &amp;client's card</source>
        <translation>Открыть карточку &amp;клиента</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>Mine and unassigned</source>
        <translation>Мои и без сотрудника</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <source>Client card: {name}</source>
        <translation>Карточка клиента: {name}</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data recei&amp;ved</source>
        <translation>Согласие на обработку персональных данных полу&amp;чено</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>ИИ&amp;Н:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Registered &amp;address:</source>
        <translation>Адрес ре&amp;гистрации:</translation>
    </message>
    <message>
        <source>Ac&amp;tual address:</source>
        <translation>Фактический &amp;адрес:</translation>
    </message>
    <message>
        <source>Dist&amp;rict:</source>
        <translation>Ра&amp;йон:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Категория учёта:</translation>
    </message>
    <message>
        <source>Criminal Code artic&amp;les:</source>
        <translation>&amp;Статьи УК:</translation>
    </message>
    <message>
        <source>Sentence &amp;begins:</source>
        <translation>Нача&amp;ло срока:</translation>
    </message>
    <message>
        <source>Sentence &amp;ends:</source>
        <translation>Кон&amp;ец срока:</translation>
    </message>
    <message>
        <source>Registered &amp;on:</source>
        <translation>Дата постановки на &amp;учёт:</translation>
    </message>
    <message>
        <source>Probation o&amp;fficer:</source>
        <translation>Сотрудник про&amp;бации:</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>Правовое осно&amp;вание:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>№ дела</translation>
    </message>
    <message>
        <source>Programme state</source>
        <translation>Состояние программы</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>Social-support &amp;cases:</source>
        <translation>&amp;Дела социальной поддержки:</translation>
    </message>
    <message>
        <source>Re&amp;move from the register…</source>
        <translation>Сн&amp;ять с учёта…</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— не назначен —</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Новая карточка</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>Состоит на учёте</translation>
    </message>
    <message>
        <source>Removed from the register on {date}: {reason}</source>
        <translation>Снят с учёта {date}: {reason}</translation>
    </message>
    <message>
        <source>• a client in another district ({district})</source>
        <translation>• клиент другого района ({district})</translation>
    </message>
    <message>
        <source>• {name}, {district}, card No. {card}</source>
        <translation>• {name}, {district}, карточка № {card}</translation>
    </message>
    <message>
        <source>Cards with the same surname, name and birth date already exist:</source>
        <translation>Уже есть карточки с такими же фамилией, именем и датой рождения:</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Сохранить всё равно?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>&amp;Transfer to another district…</source>
        <translation>&amp;Передать в другой район…</translation>
    </message>
    <message>
        <source>&amp;History of the cases on that day:</source>
        <translation>&amp;История дел на день передачи:</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>End of the probation term</source>
        <translation>Истечение срока пробационного контроля</translation>
    </message>
    <message>
        <source>Sentence served</source>
        <translation>Отбытие наказания</translation>
    </message>
    <message>
        <source>Conditional sentence revoked by a court</source>
        <translation>Отмена условного осуждения судом</translation>
    </message>
    <message>
        <source>Early cancellation, criminal record removed</source>
        <translation>Досрочная отмена, снятие судимости</translation>
    </message>
    <message>
        <source>Amnesty or pardon</source>
        <translation>Амнистия или помилование</translation>
    </message>
    <message>
        <source>Moved to another district</source>
        <translation>Переезд в другой район</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Смерть</translation>
    </message>
    <message>
        <source>Own refusal (post-penitentiary)</source>
        <translation>Собственный отказ (постпенитенциарная пробация)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Категория учёта</translation>
    </message>
    <message>
        <source>Criminal Code articles</source>
        <translation>Статьи УК</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Начало срока</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Конец срока</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата постановки на учёт</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>Фактический адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Сотрудник службы пробации</translation>
    </message>
    <message>
        <source>Row number</source>
        <translation>Номер строки</translation>
    </message>
    <message>
        <source>Removed from the register on</source>
        <translation>Дата снятия с учёта</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Количество дел</translation>
    </message>
    <message>
        <source>Client's IIN</source>
        <translation>ИИН клиента</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>№ дела</translation>
    </message>
    <message>
        <source>Case opened on</source>
        <translation>Дата открытия дела</translation>
    </message>
    <message>
        <source>Kind of need</source>
        <translation>Вид потребности</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Agency responsible</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State of the measure</source>
        <translation>Состояние мероприятия</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>State of the programme</source>
        <translation>Состояние программы</translation>
    </message>
    <message>
        <source>Open measures</source>
        <translation>Мероприятий в работе</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Просрочено мероприятий</translation>
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
</context>
<context>
    <name>ClientsArea</name>
    <message>
        <source>Your role gives no access to the personal data of clients.</source>
        <translation>Ваша роль не даёт доступа к персональным данным клиентов.</translation>
    </message>
    <message>
        <source>Surname, name, IIN or case No. (from 3 letters: anywhere in the name)</source>
        <translation>Фамилия, имя, ИИН или № дела (от 3 букв — в любом месте имени)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Поиск:</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <source>Clients &amp;register (.xlsx)…</source>
        <translation>&amp;Реестр клиентов (.xlsx)…</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>Состоящие на учёте</translation>
    </message>
    <message>
        <source>Removed from the register</source>
        <translation>Снятые с учёта</translation>
    </message>
    <message>
        <source>On the register and removed</source>
        <translation>Состоящие и снятые с учёта</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Кате&amp;гория:</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Birth date</source>
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
        <source>Probation officer</source>
        <translation>Сотрудник пробации</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>На учёте с</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>&amp;Open the card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <source>New &amp;case for this client…</source>
        <translation>Новое &amp;дело этого клиента…</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <source>{count}+ found</source>
        <translation>{count}+ найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>transferred to {district} ({date})</source>
        <translation>передан в {district} ({date})</translation>
    </message>
</context>
<context>
    <name>CommissionPage</name>
    <message>
        <source>The commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Its names appear in the header of every minutes document</source>
        <translation>Её наименования печатаются в шапке каждого протокола</translation>
    </message>
    <message>
        <source>Write the names as in the akimat's resolution that founded the commission. Everything can be changed later under Administration → Commission.</source>
        <translation>Пишите наименования так, как в постановлении акимата о создании комиссии. Всё можно изменить позже в разделе «Администрирование → Комиссия».</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Административно-территориальная единица</translation>
    </message>
    <message>
        <source>Founding act</source>
        <translation>Акт о создании</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Full name (&amp;Russian):</source>
        <translation>Полное наименование (&amp;рус.):</translation>
    </message>
    <message>
        <source>Full name (&amp;Kazakh):</source>
        <translation>Полное наименование (&amp;каз.):</translation>
    </message>
    <message>
        <source>&amp;Akimat (Russian):</source>
        <translation>&amp;Акимат (рус.):</translation>
    </message>
    <message>
        <source>Akimat (Ka&amp;zakh):</source>
        <translation>Аки&amp;мат (каз.):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>Name (R&amp;ussian):</source>
        <translation>&amp;Наименование (рус.):</translation>
    </message>
    <message>
        <source>Name (Kaza&amp;kh):</source>
        <translation>Наименование (ка&amp;з.):</translation>
    </message>
    <message>
        <source>Act &amp;type:</source>
        <translation>Вид ак&amp;та:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>e.g. Resolution of the akimat</source>
        <translation>например, постановление акимата</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известна</translation>
    </message>
    <message>
        <source>e.g. Tselinograd district</source>
        <translation>например, Целиноградский район</translation>
    </message>
    <message>
        <source>Enter the commission's full name in Russian and in Kazakh.</source>
        <translation>Укажите полное наименование комиссии на русском и казахском языках.</translation>
    </message>
    <message>
        <source>Enter the akimat's name.</source>
        <translation>Укажите наименование акимата.</translation>
    </message>
    <message>
        <source>Enter the name of the district, city or oblast.</source>
        <translation>Укажите наименование района, города или области.</translation>
    </message>
    <message>
        <source>The founding act is dated {date}, which is in the future.</source>
        <translation>Акт о создании датирован {date} — эта дата ещё не наступила.</translation>
    </message>
</context>
<context>
    <name>CommissionScopeCombo</name>
    <message>
        <source>Own</source>
        <translation>Своя</translation>
    </message>
    <message>
        <source>All districts of the oblast</source>
        <translation>Все районы области</translation>
    </message>
</context>
<context>
    <name>CommissionSetupDialog</name>
    <message>
        <source>Commission — set-up</source>
        <translation>Комиссия — первоначальная настройка</translation>
    </message>
    <message>
        <source>Describe the commission this database serves. Its names appear in the header of every minutes document; everything can be changed later under Administration.</source>
        <translation>Укажите сведения о комиссии, для которой ведётся эта база данных. Наименования комиссии выводятся в шапке каждого протокола; всё можно изменить позже в разделе «Администрирование».</translation>
    </message>
    <message>
        <source>Decisions are binding unless marked otherwise</source>
        <translation>Решения обязательны для исполнения, если не указано иное</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Full name (&amp;Russian):</source>
        <translation>Полное наименование (&amp;рус.):</translation>
    </message>
    <message>
        <source>Full name (&amp;Kazakh):</source>
        <translation>Полное наименование (&amp;каз.):</translation>
    </message>
    <message>
        <source>&amp;Akimat (Russian):</source>
        <translation>&amp;Акимат (рус.):</translation>
    </message>
    <message>
        <source>Akimat (Ka&amp;zakh):</source>
        <translation>Аки&amp;мат (каз.):</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Административно-территориальная единица</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>Name (R&amp;ussian):</source>
        <translation>&amp;Наименование (рус.):</translation>
    </message>
    <message>
        <source>Name (Ka&amp;zakh):</source>
        <translation>Наименование (ка&amp;з.):</translation>
    </message>
    <message>
        <source>KATO code:</source>
        <translation>Код КАТО:</translation>
    </message>
</context>
<context>
    <name>CommissionTab</name>
    <message>
        <source>The commission is not set up yet. The administrator describes it when the program is first started.</source>
        <translation>Комиссия ещё не настроена. Администратор вносит сведения о ней при первом запуске программы.</translation>
    </message>
    <message>
        <source>межведомственной комиссии по профилактике правонарушений …</source>
        <translation>межведомственной комиссии по профилактике правонарушений …</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Наименования</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Full name (&amp;Russian):</source>
        <translation>&amp;Полное наименование (рус.):</translation>
    </message>
    <message>
        <source>Full name (Ka&amp;zakh):</source>
        <translation>Полное наименование (ка&amp;з.):</translation>
    </message>
    <message>
        <source>Short name (R&amp;ussian):</source>
        <translation>Краткое наименование (р&amp;ус.):</translation>
    </message>
    <message>
        <source>Sh&amp;ort name (Kazakh):</source>
        <translation>Кратко&amp;е наименование (каз.):</translation>
    </message>
    <message>
        <source>In the minutes' title (Russian):</source>
        <translation>В заголовке протокола (рус.):</translation>
    </message>
    <message>
        <source>In the minutes' title (Kazakh):</source>
        <translation>В заголовке протокола (каз.):</translation>
    </message>
    <message>
        <source>&amp;Akimat (Russian):</source>
        <translation>&amp;Акимат (рус.):</translation>
    </message>
    <message>
        <source>Akimat (Kazak&amp;h):</source>
        <translation>Аки&amp;мат (каз.):</translation>
    </message>
    <message>
        <source>Serves:</source>
        <translation>Территория:</translation>
    </message>
    <message>
        <source>e.g. Resolution of the akimat</source>
        <translation>например, постановление акимата</translation>
    </message>
    <message>
        <source>Tick when the date of the act is known.</source>
        <translation>Отметьте, если дата акта известна.</translation>
    </message>
    <message>
        <source>Founding act</source>
        <translation>Акт о создании</translation>
    </message>
    <message>
        <source>Act &amp;type:</source>
        <translation>Вид а&amp;кта:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Decisions are binding unless stated</source>
        <translation>&amp;Решения обязательны, если не указано иное</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>более</translation>
    </message>
    <message>
        <source>of the voting members</source>
        <translation>членов с правом голоса</translation>
    </message>
    <message>
        <source>The chair's &amp;vote decides a tie</source>
        <translation>При равенстве голосов &amp;голос председателя решающий</translation>
    </message>
    <message>
        <source> working days before</source>
        <translation> раб. дн. до срока</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>Кв&amp;орум:</translation>
    </message>
    <message>
        <source>A decision needs a &amp;majority of the voting members present</source>
        <translation>Решение принимается &amp;большинством голосов присутствующих членов с правом голоса</translation>
    </message>
    <message>
        <source>Unticked: a majority of those who voted (abstentions do not count).</source>
        <translation>Если не отмечено — большинством от числа проголосовавших (воздержавшиеся не учитываются).</translation>
    </message>
    <message>
        <source>&amp;Meetings per year:</source>
        <translation>Заседан&amp;ий в год:</translation>
    </message>
    <message>
        <source>Deadline on a day o&amp;ff:</source>
        <translation>Срок в в&amp;ыходной день:</translation>
    </message>
    <message>
        <source>"Due soon" &amp;warning:</source>
        <translation>Предупреждать о &amp;сроке:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Discard chan&amp;ges</source>
        <translation>О&amp;тменить изменения</translation>
    </message>
    <message>
        <source>The share must be below one, for example 1/2 or 2/3.</source>
        <translation>Доля должна быть меньше единицы, например 1/2 или 2/3.</translation>
    </message>
    <message>
        <source>A sitting has a quorum when more than half of the voting members are present.</source>
        <translation>Заседание правомочно, если присутствует более половины членов комиссии с правом голоса.</translation>
    </message>
    <message>
        <source>A sitting has a quorum when more than {share} of the voting members are present.</source>
        <translation>Заседание правомочно, если присутствует более {share} членов комиссии с правом голоса.</translation>
    </message>
    <message>
        <source>Today there are {count} voting members: at least {needed} must be present.</source>
        <translation>Сейчас членов с правом голоса: {count}; должны присутствовать не менее {needed}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>CompletenessBar</name>
    <message>
        <source>Texts to &amp;fill in…</source>
        <translation>Тексты для &amp;заполнения…</translation>
    </message>
</context>
<context>
    <name>CompositionTab</name>
    <message>
        <source>On &amp;date:</source>
        <translation>На &amp;дату:</translation>
    </message>
    <message>
        <source>Whole &amp;history</source>
        <translation>Вся ис&amp;тория</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>Д&amp;обавить члена…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <source>A decree puts a new person in this member's place from a date.</source>
        <translation>Назначить на место этого члена комиссии другое лицо с указанной даты (на основании постановления или распоряжения).</translation>
    </message>
    <message>
        <source>{count} records in the history.</source>
        <translation>Записей в истории: {count}.</translation>
    </message>
    <message>
        <source>{count} members, {voting} of them voting.</source>
        <translation>Членов комиссии: {count}, из них с правом голоса: {voting}.</translation>
    </message>
</context>
<context>
    <name>ConfirmFeastDialog</name>
    <message>
        <source>Confirm the date of a feast</source>
        <translation>Подтверждение даты праздника</translation>
    </message>
    <message>
        <source>The holiday list computes «{name}» ahead: {date} is the expected date. Enter the date that was announced, or keep it if it is the same.</source>
        <translation>Дата праздника «{name}» в списке рассчитана заранее: {date} — ожидаемая дата. Введите объявленную дату или оставьте эту, если она совпадает.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
</context>
<context>
    <name>ControlCardDialog</name>
    <message>
        <source>Original due</source>
        <translation>Первоначальный срок</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступила</translation>
    </message>
    <message>
        <source>Incoming No.</source>
        <translation>Вх. №</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <source>Old date</source>
        <translation>Прежний срок</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>Предлагаемый срок</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Кем решено</translation>
    </message>
    <message>
        <source>&amp;Register report…</source>
        <translation>&amp;Зарегистрировать информацию…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Return for re&amp;work…</source>
        <translation>Вернуть на &amp;доработку…</translation>
    </message>
    <message>
        <source>Open the attached &amp;files</source>
        <translation>Открыть &amp;файлы</translation>
    </message>
    <message>
        <source>E&amp;xtension request…</source>
        <translation>Запрос о &amp;продлении…</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>Про&amp;длить</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>&amp;Отказать</translation>
    </message>
    <message>
        <source>Re&amp;move from control…</source>
        <translation>Снять с &amp;контроля…</translation>
    </message>
    <message>
        <source>Open the &amp;meeting record</source>
        <translation>Открыть &amp;заседание</translation>
    </message>
    <message>
        <source>Control points</source>
        <translation>Контрольные сроки</translation>
    </message>
    <message>
        <source>Reports of the selected point</source>
        <translation>Информация по выбранному сроку</translation>
    </message>
    <message>
        <source>Extensions of the selected point</source>
        <translation>Продления выбранного срока</translation>
    </message>
    <message>
        <source>Control card: decision {number}</source>
        <translation>Контрольная карточка: решение {number}</translation>
    </message>
    <message>
        <source>Decision {number}, meeting No. {meeting} of {date}</source>
        <translation>Решение {number}, заседание № {meeting} от {date}</translation>
    </message>
    <message>
        <source>Kind: {kind}; {binding}</source>
        <translation>Вид: {kind}; {binding}</translation>
    </message>
    <message>
        <source>Lead agency: {lead}</source>
        <translation>Ответственный исполнитель: {lead}</translation>
    </message>
    <message>
        <source>Co-executors: {names}</source>
        <translation>Соисполнители: {names}</translation>
    </message>
    <message>
        <source>Term: {due}</source>
        <translation>Срок: {due}</translation>
    </message>
    <message>
        <source>Removed from control on {date}: {note}</source>
        <translation>Снято с контроля {date}: {note}</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Возврат на доработку</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Замечание:</translation>
    </message>
    <message>
        <source>Remove from control</source>
        <translation>Снятие с контроля</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>Removed from control on {date} by decision {point} of meeting No. {number} of {meeting_date}</source>
        <translation>Снято с контроля {date} решением п. {point} протокола № {number} от {meeting_date}</translation>
    </message>
    <message>
        <source>Removed from control on {date}</source>
        <translation>Снято с контроля {date}</translation>
    </message>
</context>
<context>
    <name>CrossArea</name>
    <message>
        <source>Put on the &amp;agenda…</source>
        <translation>Включить в &amp;повестку…</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>&amp;Send a question to the oblast…</source>
        <translation>&amp;Направить вопрос в область…</translation>
    </message>
    <message>
        <source>Record the &amp;report…</source>
        <translation>Зарегистрировать &amp;информацию…</translation>
    </message>
    <message>
        <source>Proposed by the districts</source>
        <translation>Предложено районами</translation>
    </message>
    <message>
        <source>Sent to the oblast</source>
        <translation>Направлено в область</translation>
    </message>
    <message>
        <source>Oblast commission decisions</source>
        <translation>Решения областной комиссии</translation>
    </message>
</context>
<context>
    <name>DashboardArea</name>
    <message>
        <source>&amp;Commission/district:</source>
        <translation>&amp;Комиссия/район:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <source>On control</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Show these decisions</source>
        <translation>Показать эти решения</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Probation clients</source>
        <translation>Состоящие на учёте службы пробации</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>No agency has overdue decisions.</source>
        <translation>Просроченных решений нет.</translation>
    </message>
    <message>
        <source>Lead agencies with the most overdue decisions</source>
        <translation>Ответственные исполнители с наибольшим числом просроченных решений</translation>
    </message>
    <message>
        <source>Control state</source>
        <translation>Состояние контроля</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Double-click a state to see its decisions</source>
        <translation>Дважды щёлкните по состоянию, чтобы открыть его решения</translation>
    </message>
    <message>
        <source>Decisions by control state</source>
        <translation>Решения по состоянию контроля</translation>
    </message>
    <message>
        <source>Execution discipline</source>
        <translation>Исполнительская дисциплина</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Показатели загружаются…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The commission is not set up yet</source>
        <translation>Комиссия ещё не настроена</translation>
    </message>
    <message>
        <source>Today: {date}</source>
        <translation>Сегодня: {date}</translation>
    </message>
    <message>
        <source>past the due date</source>
        <translation>не исполнено в срок</translation>
    </message>
    <message numerus="yes">
        <source>due within %n working day(s)</source>
        <translation>
            <numerusform>в течение %n рабочего дня</numerusform>
            <numerusform>в течение %n рабочих дней</numerusform>
            <numerusform>в течение %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>in work, term not near</source>
        <translation>в работе, срок не близок</translation>
    </message>
    <message>
        <source>awaiting removal from control</source>
        <translation>ожидают снятия с контроля</translation>
    </message>
    <message>
        <source>Next meeting: {meeting}</source>
        <translation>Следующее заседание: {meeting}</translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation>Заседания не запланированы.</translation>
    </message>
    <message>
        <source>Last held: {meeting}</source>
        <translation>Последнее проведённое: {meeting}</translation>
    </message>
    <message>
        <source>No meeting has been held yet.</source>
        <translation>Заседания ещё не проводились.</translation>
    </message>
    <message>
        <source>On the register: {count}</source>
        <translation>Состоят на учёте: {count}</translation>
    </message>
    <message>
        <source>Open social-support cases: {count}</source>
        <translation>Открытых дел социальной поддержки: {count}</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <source>No. {number} of {date} at {time}</source>
        <translation>№ {number} от {date}, {time}</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Where the commission's records are kept</source>
        <translation>Где хранятся данные комиссии</translation>
    </message>
    <message>
        <source>If only this computer works with the program, keep the database file on it. If several computers share one database, enter the address of the PostgreSQL server that the administrator gave you and test the connection.</source>
        <translation>Если с программой работает только этот компьютер, храните файл базы данных на нём. Если несколько компьютеров работают с одной базой, введите адрес сервера PostgreSQL, который дал администратор, и проверьте подключение.</translation>
    </message>
    <message>
        <source>The file and its automatic backups stay on this computer; they are kept when the program is uninstalled.</source>
        <translation>Файл и его автоматические резервные копии хранятся на этом компьютере и сохраняются при удалении программы.</translation>
    </message>
    <message>
        <source>This database is already set up. Press «Next» and then «Finish»: you will log in with the account the administrator gave you.</source>
        <translation>Эта база данных уже настроена. Нажмите «Далее», затем «Готово» и войдите под учётной записью, которую выдал администратор.</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Change a day</source>
        <translation>Изменение дня</translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation>Добавление дня</translation>
    </message>
    <message>
        <source>A public holiday or a transferred day off is a day off; a working day is a Saturday or Sunday worked by government decree. Name the day or the decree.</source>
        <translation>Праздничный день и перенесённый выходной — нерабочие дни; рабочий день — суббота или воскресенье, объявленные рабочими постановлением Правительства. Укажите название дня или постановление.</translation>
    </message>
    <message>
        <source>e.g. Government decree No. 123 of 15.01.2026</source>
        <translation>например, постановление Правительства № 123 от 15.01.2026</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
</context>
<context>
    <name>DayTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>{name} — awaiting confirmation</source>
        <translation>{name} — ожидает подтверждения</translation>
    </message>
</context>
<context>
    <name>DecidedBox</name>
    <message>
        <source>Decided</source>
        <translation>ПОСТАНОВИЛИ</translation>
    </message>
    <message>
        <source>Add dec&amp;ision…</source>
        <translation>Добавить ре&amp;шение…</translation>
    </message>
    <message>
        <source>Edit decision…</source>
        <translation>Изменить решение…</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Удалить решение</translation>
    </message>
    <message>
        <source>Move the decision up (Alt+Up)</source>
        <translation>Переместить решение вверх (Alt+↑)</translation>
    </message>
    <message>
        <source>Move the decision down (Alt+Down)</source>
        <translation>Переместить решение вниз (Alt+↓)</translation>
    </message>
    <message>
        <source>Move the decision up</source>
        <translation>Переместить решение вверх</translation>
    </message>
    <message>
        <source>Move the decision down</source>
        <translation>Переместить решение вниз</translation>
    </message>
    <message>
        <source>Open decision…</source>
        <translation>Открыть решение…</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Удаление решения</translation>
    </message>
    <message>
        <source>Remove point {number} «{text}»? The following points are renumbered; what it did to earlier decisions is undone.</source>
        <translation>Удалить пункт {number} «{text}»? Последующие пункты будут перенумерованы; изменения, внесённые этим пунктом в ранее принятые решения, будут отменены.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>New decision {number}</source>
        <translation>Новое решение {number}</translation>
    </message>
    <message>
        <source>Decision {number}</source>
        <translation>Решение {number}</translation>
    </message>
    <message>
        <source>There is no quorum: {present} of {total} voting members are marked present and {required} are needed. The decision cannot be recorded until the attendance shows a quorum.</source>
        <translation>Кворума нет: присутствующими отмечены {present} из {total} членов с правом голоса, необходимо {required}. Решение нельзя внести, пока отметки о присутствии не подтвердят наличие кворума.</translation>
    </message>
    <message>
        <source>Write the point as the minutes will print it, without its number: whom it instructs and what to do. The term, the binding note and «report to the secretary» are added from the fields.</source>
        <translation>Сформулируйте пункт так, как он будет напечатан в протоколе, без номера: кому поручается и что необходимо сделать. Срок, отметка об обязательности и «информацию направить секретарю» добавляются из полей.</translation>
    </message>
    <message>
        <source>Com&amp;pose the text from the chosen points</source>
        <translation>Сфор&amp;мировать текст по выбранным пунктам</translation>
    </message>
    <message>
        <source>&amp;Binding: the agencies must carry it out</source>
        <translation>&amp;Обязательное: организации обязаны исполнить</translation>
    </message>
    <message>
        <source>Crime-prevention decisions are usually binding, social-support ones advisory. Tick it to give a social-support decision binding force.</source>
        <translation>Решения по профилактике правонарушений, как правило, обязательны, по социальной поддержке — рекомендательны. Отметьте, чтобы придать решению по социальной поддержке обязательную силу.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>&amp;Information on execution goes to the secretary</source>
        <translation>Информацию об исполнении направить се&amp;кретарю</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Lead agency:</source>
        <translation>Ответственный
испол&amp;нитель:</translation>
    </message>
    <message>
        <source>C&amp;o-executors:</source>
        <translation>&amp;Соисполнители:</translation>
    </message>
    <message>
        <source>Earlier decisions concerned</source>
        <translation>Ранее принятые решения, к которым относится пункт</translation>
    </message>
    <message>
        <source>For example: Take the information into account.</source>
        <translation>Например: Информацию принять к сведению.</translation>
    </message>
    <message>
        <source>For example: The police department (Kasymov E. B.) together with the education department is to organise preventive raids in places where young people spend their leisure.</source>
        <translation>Например: Отделу полиции (Касымов Е. Б.) совместно с отделом образования организовать профилактические рейды в местах массового досуга молодёжи.</translation>
    </message>
    <message>
        <source>For example: The employment centre is recommended to consider employing …</source>
        <translation>Например: Центру занятости рекомендовать рассмотреть вопрос трудоустройства …</translation>
    </message>
    <message>
        <source>Tick the points below and press «Compose the text», or write it yourself.</source>
        <translation>Отметьте пункты ниже и нажмите «Сформировать текст» либо введите текст самостоятельно.</translation>
    </message>
    <message>
        <source>Tick the points below, give their new terms and press «Compose the text».</source>
        <translation>Отметьте пункты ниже, укажите новые сроки и нажмите «Сформировать текст».</translation>
    </message>
    <message>
        <source>Tick the points concerned first.</source>
        <translation>Сначала отметьте нужные пункты.</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Co-executors: {names}</source>
        <translation>Соисполнители: {names}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
</context>
<context>
    <name>DecisionsArea</name>
    <message>
        <source>Any term</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Следующий месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Binding and recommendations</source>
        <translation>Обязательные и рекомендации</translation>
    </message>
    <message>
        <source>Binding only</source>
        <translation>Только обязательные</translation>
    </message>
    <message>
        <source>Recommendations only</source>
        <translation>Только рекомендации</translation>
    </message>
    <message>
        <source>Search in the text of decisions</source>
        <translation>Поиск по тексту решений</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Заседание:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Force:</source>
        <translation>&amp;Характер:</translation>
    </message>
    <message>
        <source>Control register (.xlsx)…</source>
        <translation>Контрольный реестр (.xlsx)…</translation>
    </message>
    <message>
        <source>Letters to agencies…</source>
        <translation>Письма в организации…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
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
        <source>Force</source>
        <translation>Характер</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Co-executors</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Working days since the due date</source>
        <translation>Рабочих дней после истечения срока</translation>
    </message>
    <message>
        <source>&amp;Open the control card</source>
        <translation>&amp;Открыть контрольную карточку</translation>
    </message>
    <message>
        <source>&amp;Copy the number</source>
        <translation>&amp;Копировать номер</translation>
    </message>
    <message>
        <source>«No. 2.1 of meeting No. 3 of 12.02.2026»</source>
        <translation>«№ 2.1 заседания № 3 от 12.02.2026»</translation>
    </message>
    <message>
        <source>Open the &amp;meeting record</source>
        <translation>Открыть &amp;заседание</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>No. {number} of meeting No. {meeting} of {date}</source>
        <translation>№ {number} заседания № {meeting} от {date}</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>&amp;Commission/district:</source>
        <translation>&amp;Комиссия/район:</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Все заседания</translation>
    </message>
    <message>
        <source>Counting the decisions…</source>
        <translation>Подсчёт решений…</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n решение</numerusform>
            <numerusform>%n решения</numerusform>
            <numerusform>%n решений</numerusform>
        </translation>
    </message>
    <message>
        <source>All states ({count})</source>
        <translation>Все состояния ({count})</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
</context>
<context>
    <name>DeclineQuestionDialog</name>
    <message>
        <source>Decline the question</source>
        <translation>Отклонение вопроса</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>DeregisterDialog</name>
    <message>
        <source>Removal from the register</source>
        <translation>Снятие с учёта</translation>
    </message>
    <message>
        <source>The client stays in the database with his cases; his open cases are closed on the same date. The list shows him in grey among those removed from the register.</source>
        <translation>Клиент остаётся в базе вместе со своими делами; его открытые дела закрываются той же датой. В списке он показан серым среди снятых с учета.</translation>
    </message>
    <message>
        <source>Removed &amp;on:</source>
        <translation>Дата &amp;снятия:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>e.g. the deputy akim; printed as the closing point of the minutes</source>
        <translation>например, на заместителя акима; печатается заключительным пунктом протокола</translation>
    </message>
    <message>
        <source>For the secretariat; not printed</source>
        <translation>Для секретариата; не печатается</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>Н&amp;омер:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место проведения:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Форма проведения:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Chaired by:</source>
        <translation>&amp;Председательствующий:</translation>
    </message>
    <message>
        <source>Sec&amp;retary:</source>
        <translation>С&amp;екретарь:</translation>
    </message>
    <message>
        <source>Control of execution &amp;assigned to:</source>
        <translation>Контроль за &amp;исполнением возложить на:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>Со&amp;хранить сведения</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Загрузить заново</translation>
    </message>
    <message>
        <source>Show the meeting as stored; your edits are lost.</source>
        <translation>Показать сохранённые сведения о заседании; внесённые правки будут потеряны.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>DisciplineChart</name>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>{n} квартал</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>No control points fall due in this period.</source>
        <translation>В этом периоде не наступает срок ни одной контрольной точки.</translation>
    </message>
    <message>
        <source>Execution discipline of lead agencies, {year}</source>
        <translation>Исполнительская дисциплина ответственных исполнителей, {year} год</translation>
    </message>
    <message>
        <source>Execution discipline of lead agencies, quarter {n} of {year}</source>
        <translation>Исполнительская дисциплина ответственных исполнителей, {n} квартал {year} года</translation>
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
        <source>Control points due</source>
        <translation>Контрольные точки со сроком в периоде</translation>
    </message>
    <message>
        <source>{agency} — {score}</source>
        <translation>{agency} — {score}</translation>
    </message>
    <message>
        <source>Discipline score 0–100 = 100 × (F + ½·L + ½·P − ¼·R) / N: F executed in full on time, L executed in full late, P executed in part, R answers graded «formal reply», N the points closed or overdue.</source>
        <translation>Показатель дисциплины 0–100 = 100 × (F + ½·L + ½·P − ¼·R) / N: F — исполнено полностью в срок, L — исполнено полностью с опозданием, P — исполнено частично, R — ответы с оценкой «формальный ответ», N — закрытые и просроченные точки.</translation>
    </message>
</context>
<context>
    <name>DiscussionDialog</name>
    <message>
        <source>Add a speech</source>
        <translation>Добавление выступления</translation>
    </message>
    <message>
        <source>Speech of {speaker}</source>
        <translation>Выступление: {speaker}</translation>
    </message>
    <message>
        <source>For example: Kasymov E. B., head of the police department</source>
        <translation>Например: Касымов Е. Б., начальник отдела полиции</translation>
    </message>
    <message>
        <source>What was said, as the minutes should put it (may be left empty).</source>
        <translation>Содержание выступления в формулировке для протокола (можно не заполнять).</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Выступающий:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Содержание:</translation>
    </message>
</context>
<context>
    <name>DiscussionModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unsupported database address: {url}. Use an SQLite file or PostgreSQL.</source>
        <translation>Неподдерживаемый адрес базы данных: {url}. Используйте файл SQLite или PostgreSQL.</translation>
    </message>
    <message>
        <source>The database file {url} was not found. If it is on a network drive or a removable disk, connect it and try again. A new database is created only by the first-run set-up or by «commission-admin db upgrade --create».</source>
        <translation>Файл базы данных {url} не найден. Если он находится на сетевом или съёмном диске, подключите диск и повторите попытку. Новая база данных создаётся только при первоначальной настройке или командой «commission-admin db upgrade --create».</translation>
    </message>
    <message>
        <source>The record was changed by another user while you were editing it. Nothing was saved; open it again to see the current version.</source>
        <translation>Пока вы редактировали запись, её изменил другой пользователь. Изменения не сохранены; откройте запись заново, чтобы увидеть актуальную версию.</translation>
    </message>
    <message>
        <source>The database file is busy with another program. Nothing was saved; try again in a moment.</source>
        <translation>Файл базы данных занят другой программой. Изменения не сохранены; повторите попытку через несколько секунд.</translation>
    </message>
    <message>
        <source>The database file {url} cannot be opened or written. Nothing was saved.</source>
        <translation>Не удаётся открыть файл базы данных {url} или записать в него. Изменения не сохранены.</translation>
    </message>
    <message>
        <source>The database server {url} is not reachable. Nothing was saved; check the network and try again.</source>
        <translation>Сервер базы данных {url} недоступен. Изменения не сохранены; проверьте сеть и повторите попытку.</translation>
    </message>
    <message>
        <source>The database {url} contains tables of another program. It was not changed.</source>
        <translation>База данных {url} содержит таблицы другой программы. Она не изменена.</translation>
    </message>
    <message>
        <source>The database {url} was updated by a newer version of Commission (schema {revision}). Install the newer version; the database was not changed.</source>
        <translation>База данных {url} обновлена более новой версией программы «Комиссия» (схема {revision}). Установите новую версию; база данных не изменена.</translation>
    </message>
    <message>
        <source>The database {url} needs an upgrade: run «commission-admin db upgrade».</source>
        <translation>Базу данных {url} необходимо обновить: выполните «commission-admin db upgrade».</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>Укажите срок исполнения.</translation>
    </message>
    <message>
        <source>The due date {due} is earlier than the decision date {adopted}.</source>
        <translation>Срок исполнения {due} раньше даты решения {adopted}.</translation>
    </message>
    <message>
        <source>Enter the number of days for the term.</source>
        <translation>Укажите срок в днях.</translation>
    </message>
    <message>
        <source>The number of days must be at least 1.</source>
        <translation>Количество дней должно быть не менее 1.</translation>
    </message>
    <message>
        <source>A term of {days} days is too long; the limit is {limit} days.</source>
        <translation>Срок {days} дн. слишком велик; допускается не более {limit} дн.</translation>
    </message>
    <message>
        <source>Choose the reporting period of a periodic term.</source>
        <translation>Выберите отчётный период для периодического срока.</translation>
    </message>
    <message>
        <source>The reporting day must be from 1 to 31; {day} was entered.</source>
        <translation>Число для представления отчёта должно быть от 1 до 31; введено: {day}.</translation>
    </message>
    <message>
        <source>The end of control {until} is before the decision date {adopted}.</source>
        <translation>Окончание контроля ({until}) раньше даты решения ({adopted}).</translation>
    </message>
    <message>
        <source>The end of control {until} comes before the first reporting period ends on {period_end}.</source>
        <translation>Окончание контроля ({until}) наступает раньше окончания первого отчётного периода ({period_end}).</translation>
    </message>
    <message>
        <source>An IIN may contain only digits.</source>
        <translation>ИИН может содержать только цифры.</translation>
    </message>
    <message>
        <source>An IIN has 12 digits; {count} were entered.</source>
        <translation>ИИН состоит из 12 цифр; введено: {count}.</translation>
    </message>
    <message>
        <source>The 7th digit of an IIN (century and sex) must be from 1 to 6.</source>
        <translation>7-я цифра ИИН (век и пол) должна быть от 1 до 6.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN are not a real date.</source>
        <translation>Первые шесть цифр ИИН не образуют существующую дату.</translation>
    </message>
    <message>
        <source>The IIN check digit does not match; the number has a typing error.</source>
        <translation>Контрольная цифра ИИН не совпадает: в номере допущена опечатка.</translation>
    </message>
    <message>
        <source>The birth date does not match the IIN.</source>
        <translation>Дата рождения не соответствует ИИН.</translation>
    </message>
    <message>
        <source>The sex does not match the IIN.</source>
        <translation>Пол не соответствует ИИН.</translation>
    </message>
    <message>
        <source>The IIN gives a birth date before 1900; no one on the register was born then. Check the number.</source>
        <translation>По ИИН дата рождения раньше 1900 года; таких людей на учёте нет. Проверьте номер.</translation>
    </message>
    <message>
        <source>The IIN gives a birth date in the future. Check the number.</source>
        <translation>По ИИН дата рождения ещё не наступила. Проверьте номер.</translation>
    </message>
    <message>
        <source>The IIN gives a person younger than {age}, who cannot be on the probation register. Check the number.</source>
        <translation>По ИИН человеку меньше {age} лет, он не может состоять на учёте службы пробации. Проверьте номер.</translation>
    </message>
    <message>
        <source>A BIN may contain only digits.</source>
        <translation>БИН может содержать только цифры.</translation>
    </message>
    <message>
        <source>A BIN has 12 digits; {count} were entered.</source>
        <translation>БИН состоит из 12 цифр; введено: {count}.</translation>
    </message>
    <message>
        <source>The 3rd and 4th digits of a BIN are the month of registration, from 01 to 12.</source>
        <translation>3-я и 4-я цифры БИН — месяц регистрации, от 01 до 12.</translation>
    </message>
    <message>
        <source>The 5th digit of a BIN (the kind of organisation) must be 4, 5 or 6; an IIN is not a BIN.</source>
        <translation>5-я цифра БИН (тип организации) должна быть 4, 5 или 6; ИИН не является БИН.</translation>
    </message>
    <message>
        <source>The 6th digit of a BIN (head office, branch, representative office or peasant farm) must be from 0 to 3.</source>
        <translation>6-я цифра БИН (головная организация, филиал, представительство или крестьянское хозяйство) должна быть от 0 до 3.</translation>
    </message>
    <message>
        <source>The BIN check digit does not match; the number has a typing error.</source>
        <translation>Контрольная цифра БИН не совпадает: в номере допущена опечатка.</translation>
    </message>
    <message>
        <source>Your role does not allow this action. Nothing was changed.</source>
        <translation>Ваша роль не позволяет выполнить это действие. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Enter the agency's name in Russian.</source>
        <translation>Укажите наименование организации на русском языке.</translation>
    </message>
    <message>
        <source>The e-mail address «{email}» is not valid.</source>
        <translation>Адрес электронной почты «{email}» указан неверно.</translation>
    </message>
    <message>
        <source>An agency named «{name}» already exists.</source>
        <translation>Организация «{name}» уже есть в справочнике.</translation>
    </message>
    <message>
        <source>Another agency already has the BIN {bin}.</source>
        <translation>БИН {bin} уже указан у другой организации.</translation>
    </message>
    <message>
        <source>Choose the district or city the akimat governs.</source>
        <translation>Выберите район или город, акиматом которого является агентство.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <source>The database already has users; log in instead.</source>
        <translation>В базе данных уже есть пользователи; войдите в систему.</translation>
    </message>
    <message>
        <source>Give the day a name, e.g. the decree that moved it.</source>
        <translation>Укажите название дня, например постановление, которым он перенесён.</translation>
    </message>
    <message>
        <source>{day} is a weekday and already a working day. To cancel a holiday on it, delete the holiday instead.</source>
        <translation>{day} — будний день, он и так рабочий. Чтобы отменить праздник в этот день, удалите запись о празднике.</translation>
    </message>
    <message>
        <source>The commission is not set up yet. The administrator describes it first.</source>
        <translation>Комиссия ещё не настроена. Сначала администратор должен внести сведения о ней.</translation>
    </message>
    <message>
        <source>The database holds several commissions; choose one of them: {choices}.</source>
        <translation>В базе данных несколько комиссий; выберите одну из них: {choices}.</translation>
    </message>
    <message>
        <source>Records of another commission can be read but not changed.</source>
        <translation>Записи другой комиссии можно просматривать, но нельзя изменять.</translation>
    </message>
    <message>
        <source>Enter the commission's full name and the akimat.</source>
        <translation>Укажите полное наименование комиссии и акимат.</translation>
    </message>
    <message>
        <source>The quorum share must be a fraction below one.</source>
        <translation>Доля для кворума должна быть дробью меньше единицы.</translation>
    </message>
    <message>
        <source>Enter the name of the district, city or oblast.</source>
        <translation>Укажите наименование района, города или области.</translation>
    </message>
    <message>
        <source>This database already has a commission.</source>
        <translation>В этой базе данных комиссия уже создана.</translation>
    </message>
    <message>
        <source>A KATO code is 9 digits.</source>
        <translation>Код КАТО состоит из 9 цифр.</translation>
    </message>
    <message>
        <source>The KATO code {code} is already used.</source>
        <translation>Код КАТО {code} уже занят.</translation>
    </message>
    <message>
        <source>Enter the member's full name and position.</source>
        <translation>Укажите Ф. И. О. и должность члена комиссии.</translation>
    </message>
    <message>
        <source>The end of membership ({end}) is before its start ({start}).</source>
        <translation>Дата окончания членства ({end}) раньше даты его начала ({start}).</translation>
    </message>
    <message>
        <source>{name} holds this role in the same period. End their membership first (the day before the new member starts).</source>
        <translation>В этот период эту роль исполняет {name}. Сначала укажите дату окончания его (её) членства — день, предшествующий началу членства нового члена.</translation>
    </message>
    <message>
        <source>The replacement must start after the current member's start date.</source>
        <translation>Членство нового члена должно начинаться позже даты начала членства заменяемого.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>Запись больше не существует; возможно, она удалена.</translation>
    </message>
    <message>
        <source>This record was changed by {user} at {time} after you opened it. Nothing was saved; reopen it to see the changes.</source>
        <translation>После того как вы открыли эту запись, её изменил пользователь {user} ({time}). Изменения не сохранены; откройте запись заново, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>A login is 2–64 Latin letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation>Логин — от 2 до 64 латинских букв, цифр, точек, дефисов или знаков подчёркивания; начинается с буквы или цифры.</translation>
    </message>
    <message>
        <source>Enter the user's full name.</source>
        <translation>Укажите Ф. И. О. пользователя.</translation>
    </message>
    <message>
        <source>A probation officer must have a district: it limits which clients they see.</source>
        <translation>Сотруднику пробации необходимо указать район: он определяет, каких клиентов видит сотрудник.</translation>
    </message>
    <message>
        <source>There is no district with the number {id}.</source>
        <translation>Района с номером {id} нет.</translation>
    </message>
    <message>
        <source>There is no agency with the number {id}.</source>
        <translation>Организации с номером {id} нет.</translation>
    </message>
    <message>
        <source>A probation officer works for a district, not for a commission: leave the commissions empty.</source>
        <translation>Сотрудник службы пробации работает в районе, а не в комиссии: не отмечайте комиссии.</translation>
    </message>
    <message>
        <source>Choose at least one commission the user works for.</source>
        <translation>Отметьте хотя бы одну комиссию, в которой работает пользователь.</translation>
    </message>
    <message>
        <source>There is no commission with the number {id}.</source>
        <translation>Комиссии с номером {id} нет.</translation>
    </message>
    <message>
        <source>The login «{login}» is already taken.</source>
        <translation>Логин «{login}» уже занят.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from your own account or disable it.</source>
        <translation>Нельзя снять роль администратора со своей учётной записи или отключить её.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>The database address is not valid. Use sqlite:///PATH/FILE.sqlite3 or postgresql+psycopg://USER@HOST/DATABASE.</source>
        <translation>Неверный адрес базы данных. Используйте sqlite:///ПУТЬ/ФАЙЛ.sqlite3 или postgresql+psycopg://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР/БАЗА.</translation>
    </message>
    <message>
        <source>The driver for this database address is not installed. For PostgreSQL use an address starting with postgresql+psycopg://.</source>
        <translation>Драйвер для этого адреса базы данных не установлен. Для PostgreSQL используйте адрес, начинающийся с postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>The folder of the database file cannot be created: {reason}</source>
        <translation>Не удаётся создать папку для файла базы данных: {reason}</translation>
    </message>
    <message>
        <source>Give the password on standard input.</source>
        <translation>Передайте пароль через стандартный ввод.</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>Пароли не совпадают. Ничего не изменено.</translation>
    </message>
    <message>
        <source>No password on standard input: give it as the first line.</source>
        <translation>Пароль не получен через стандартный ввод: передайте его первой строкой.</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters fit, {count} were entered.</source>
        <translation>Текст слишком длинный: допускается не более {limit} символов, введено {count}.</translation>
    </message>
    <message>
        <source>The demo needs from {low} to {high} clients.</source>
        <translation>Для демонстрационной базы нужно от {low} до {high} клиентов.</translation>
    </message>
    <message>
        <source>The database {url} already holds data; the demo is built only into an empty database. Nothing was changed.</source>
        <translation>База данных {url} уже содержит данные; демонстрационные данные создаются только в пустой базе. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The audit trail of this database is damaged, so nothing can be saved. Tell the administrator (commission-admin audit verify).</source>
        <translation>Журнал аудита этой базы данных повреждён, поэтому сохранение невозможно. Сообщите администратору (commission-admin audit verify).</translation>
    </message>
    <message>
        <source>The meeting's current state does not allow this step. Reopen the meeting to see its state and the steps it allows.</source>
        <translation>Текущее состояние заседания не допускает этого действия. Откройте заседание заново, чтобы увидеть его состояние и доступные действия.</translation>
    </message>
    <message>
        <source>The meeting of {date} has not taken place yet; it cannot be held.</source>
        <translation>Заседание, назначенное на {date}, ещё не состоялось; его нельзя отметить как проведённое.</translation>
    </message>
    <message>
        <source>Finalise the minutes before recording that they were signed.</source>
        <translation>Прежде чем отметить подписание протокола, завершите его составление.</translation>
    </message>
    <message>
        <source>The minutes of meeting No. {number} of {date} are final, so nothing in them can be changed. To correct them, amend the minutes and give the reason.</source>
        <translation>Протокол заседания № {number} от {date} окончательный, изменения в него не вносятся. Для исправления оформите изменение протокола с указанием причины.</translation>
    </message>
    <message>
        <source>The meeting number must be 1 or more.</source>
        <translation>Номер заседания должен быть не меньше 1.</translation>
    </message>
    <message>
        <source>Meeting No. {number} of {year} already exists; choose another number.</source>
        <translation>Заседание № {number} за {year} год уже есть; выберите другой номер.</translation>
    </message>
    <message>
        <source>Meeting No. {number} of {year} already exists (dated {date}); choose another number.</source>
        <translation>Заседание № {number} за {year} год уже есть (от {date}); выберите другой номер.</translation>
    </message>
    <message>
        <source>The person chosen is not a member of the commission on {date}.</source>
        <translation>Выбранное лицо не является членом комиссии на {date}.</translation>
    </message>
    <message>
        <source>There is no meeting «{reference}». Give it as number/year, e.g. 3/2026.</source>
        <translation>Заседание «{reference}» не найдено. Укажите его в виде номер/год, например 3/2026.</translation>
    </message>
    <message>
        <source>This person is not a member of the commission on {date}; check the date.</source>
        <translation>Это лицо не является членом комиссии на {date}; проверьте дату.</translation>
    </message>
    <message>
        <source>Enter the name of the person replacing the member.</source>
        <translation>Укажите Ф. И. О. лица, заменяющего члена комиссии.</translation>
    </message>
    <message>
        <source>Enter the invited person's name.</source>
        <translation>Укажите Ф. И. О. приглашённого.</translation>
    </message>
    <message>
        <source>Enter the question.</source>
        <translation>Укажите формулировку вопроса.</translation>
    </message>
    <message>
        <source>The year {year} is not valid.</source>
        <translation>Год {year} указан неверно.</translation>
    </message>
    <message>
        <source>The quarter must be from 1 to 4.</source>
        <translation>Квартал должен быть от 1 до 4.</translation>
    </message>
    <message>
        <source>The question is on the agenda of meeting No. {number} of {date}; it cannot be deleted. Remove it from that agenda first, or mark it dropped.</source>
        <translation>Вопрос включён в повестку дня заседания № {number} от {date}; удалить его нельзя. Сначала исключите его из этой повестки или отметьте как снятый.</translation>
    </message>
    <message>
        <source>To put the question on an agenda, choose the meeting it goes to.</source>
        <translation>Чтобы включить вопрос в повестку дня, выберите заседание.</translation>
    </message>
    <message>
        <source>Only a planned or carried-over question can be put on an agenda; this one is already on an agenda, done or dropped.</source>
        <translation>В повестку дня можно включить только запланированный или перенесённый вопрос; этот вопрос уже включён в повестку, рассмотрен или снят.</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Число голосов не может быть отрицательным.</translation>
    </message>
    <message>
        <source>{counted} votes were entered, but only {present} voting members are present. Check the counts or the attendance.</source>
        <translation>Введено голосов: {counted}, а членов с правом голоса присутствует: {present}. Проверьте итоги голосования или список присутствующих.</translation>
    </message>
    <message>
        <source>The chair's vote must be either for or against.</source>
        <translation>Голос председателя должен быть «за» или «против».</translation>
    </message>
    <message>
        <source>The {language} wording of documents is missing from this installation; reinstall the application.</source>
        <translation>В этой установке отсутствуют формулировки документов на языке «{language}»; переустановите программу.</translation>
    </message>
    <message>
        <source>Enter the question of the agenda item.</source>
        <translation>Укажите формулировку вопроса повестки дня.</translation>
    </message>
    <message>
        <source>The materials are due on {due}, after the meeting of {date}; they are needed before it.</source>
        <translation>Срок представления материалов ({due}) позже даты заседания ({date}); материалы нужны до заседания.</translation>
    </message>
    <message>
        <source>Item {position} already reviews the progress on earlier decisions; a meeting has one such item.</source>
        <translation>Вопрос {position} уже посвящён ходу исполнения ранее принятых решений; такой вопрос в повестке заседания может быть только один.</translation>
    </message>
    <message>
        <source>Enter who spoke.</source>
        <translation>Укажите выступившего.</translation>
    </message>
    <message>
        <source>There is no quorum: {present} of {total} voting members are present and {required} are needed. Decisions cannot be recorded; check the attendance.</source>
        <translation>Кворума нет: присутствуют {present} из {total} членов с правом голоса, необходимо {required}. Решения не могут быть внесены; проверьте список присутствующих.</translation>
    </message>
    <message>
        <source>Enter the text of the decision.</source>
        <translation>Укажите текст решения.</translation>
    </message>
    <message>
        <source>The lead agency cannot also be a co-executor of the same decision.</source>
        <translation>Ответственный исполнитель не может одновременно быть соисполнителем того же решения.</translation>
    </message>
    <message>
        <source>Choose the lead agency before the co-executors.</source>
        <translation>Сначала выберите ответственного исполнителя, затем соисполнителей.</translation>
    </message>
    <message>
        <source>An instruction needs a lead agency: choose who is to carry it out.</source>
        <translation>Для поручения нужен ответственный исполнитель: выберите, кто его исполняет.</translation>
    </message>
    <message>
        <source>Choose the decisions that are removed from control.</source>
        <translation>Выберите решения, снимаемые с контроля.</translation>
    </message>
    <message>
        <source>Only a «remove from control» decision removes other decisions.</source>
        <translation>Снимать другие решения с контроля может только решение вида «Снять с контроля».</translation>
    </message>
    <message>
        <source>Choose the decisions whose term is extended.</source>
        <translation>Выберите решения, срок исполнения которых продлевается.</translation>
    </message>
    <message>
        <source>Only an «extend the term» decision extends terms.</source>
        <translation>Продлевать сроки может только решение вида «Продлить срок».</translation>
    </message>
    <message>
        <source>The same decision is extended twice; give one date.</source>
        <translation>Одно и то же решение продлевается дважды; укажите одну дату.</translation>
    </message>
    <message>
        <source>The agency chosen no longer exists.</source>
        <translation>Выбранная организация больше не существует.</translation>
    </message>
    <message>
        <source>«{name}» is marked inactive; instructions cannot go to it.</source>
        <translation>Организация «{name}» отмечена как недействующая; поручения ей не направляются.</translation>
    </message>
    <message>
        <source>Enter the number of votes «for».</source>
        <translation>Укажите число голосов «за».</translation>
    </message>
    <message>
        <source>The votes are tied ({votes} to {votes}); the chair's vote decides. Say whether the chair voted for or against.</source>
        <translation>Голоса разделились поровну ({votes} на {votes}); решающий голос — за председателем. Укажите, голосовал председатель «за» или «против».</translation>
    </message>
    <message>
        <source>Reports or extensions are already registered for the term {due}; that term cannot be taken away.</source>
        <translation>По сроку {due} уже зарегистрированы информация об исполнении или продления; этот срок нельзя исключить.</translation>
    </message>
    <message>
        <source>A decision chosen no longer exists.</source>
        <translation>Одно из выбранных решений больше не существует.</translation>
    </message>
    <message>
        <source>Point {point} of meeting No. {number} is not a decision of an earlier held meeting.</source>
        <translation>Пункт {point} заседания № {number} не является решением ранее проведённого заседания.</translation>
    </message>
    <message>
        <source>Point {point} is not on control, so it cannot be changed.</source>
        <translation>Пункт {point} не находится на контроле, поэтому изменить его нельзя.</translation>
    </message>
    <message>
        <source>The term {due} was extended again afterwards; undo the later extension first.</source>
        <translation>Срок {due} впоследствии был продлён ещё раз; сначала отмените более позднее продление.</translation>
    </message>
    <message>
        <source>The new term {new} of point {point} must be later than its current term {old} and not before the meeting.</source>
        <translation>Новый срок ({new}) по пункту {point} должен быть позже текущего срока ({old}) и не раньше даты заседания.</translation>
    </message>
    <message>
        <source>Execution reports are already registered for this decision; it cannot be deleted. Cancel it in the control register instead.</source>
        <translation>По этому решению уже зарегистрирована информация об исполнении; удалить его нельзя. Вместо удаления отметьте в журнале контроля, что решение утратило актуальность.</translation>
    </message>
    <message>
        <source>The minutes are already final.</source>
        <translation>Протокол уже оформлен как окончательный.</translation>
    </message>
    <message>
        <source>The meeting was postponed or cancelled; it has no minutes to finalise.</source>
        <translation>Заседание перенесено или отменено; протокола по нему нет.</translation>
    </message>
    <message>
        <source>The meeting of {date} has not taken place yet; its minutes cannot be final.</source>
        <translation>Заседание, назначенное на {date}, ещё не состоялось; его протокол не может быть окончательным.</translation>
    </message>
    <message>
        <source>The attendance shows {present} of {total} voting members present; at least {required} are needed for a quorum. Mark the attendance before finalising.</source>
        <translation>По отметкам о присутствии присутствуют {present} из {total} членов с правом голоса; для кворума необходимо не менее {required}. Отметьте присутствующих до оформления окончательного протокола.</translation>
    </message>
    <message>
        <source>The agenda is empty: add at least one item.</source>
        <translation>Повестка дня пуста: добавьте хотя бы один вопрос.</translation>
    </message>
    <message>
        <source>Give the reason for amending the minutes.</source>
        <translation>Укажите причину внесения изменений в протокол.</translation>
    </message>
    <message>
        <source>Only final minutes are amended; these can be edited as they are.</source>
        <translation>Изменения оформляются только к окончательному протоколу; этот протокол можно редактировать напрямую.</translation>
    </message>
    <message>
        <source>These minutes have no final revision {revision}.</source>
        <translation>У этого протокола нет окончательной редакции {revision}.</translation>
    </message>
    <message>
        <source>These minutes were saved by a newer version of the program; update it.</source>
        <translation>Этот протокол сохранён более новой версией программы; обновите программу.</translation>
    </message>
    <message>
        <source>No point of the minutes No. {number} is addressed to this agency.</source>
        <translation>В протоколе № {number} нет пунктов, адресованных этой организации.</translation>
    </message>
    <message>
        <source>Cannot save {name}: the file is open in Word or another program. Close the file in Word and try again.</source>
        <translation>Не удаётся сохранить файл {name}: файл открыт в Word или другой программе. Закройте файл и повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot save {name}: the folder does not exist or cannot be written to. Choose another folder.</source>
        <translation>Не удаётся сохранить файл {name}: папка не существует или запись в неё запрещена. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Cannot save {name}: the disk is full.</source>
        <translation>Не удаётся сохранить файл {name}: диск заполнен.</translation>
    </message>
    <message>
        <source>No point of meeting No. {number} is addressed to agency {agency}.</source>
        <translation>В протоколе заседания № {number} нет пунктов, адресованных организации {agency}.</translation>
    </message>
    <message>
        <source>The template {name} cannot be opened as a Word document (.docx or .dotx); choose another template in the settings.</source>
        <translation>Шаблон {name} не удаётся открыть как документ Word (.docx или .dotx); выберите другой шаблон в настройках.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file. Choose a file name to save to.</source>
        <translation>{name} — это папка, а не файл. Укажите имя файла для сохранения.</translation>
    </message>
    <message>
        <source>No point of these minutes names a lead agency or co-executor, so there is no extract to send.</source>
        <translation>Ни в одном пункте протокола не указаны ответственный исполнитель или соисполнители, поэтому направлять выписки некому.</translation>
    </message>
    <message>
        <source>This decision is not on control (removed, cancelled or never controlled); nothing can be recorded against it.</source>
        <translation>Решение не находится на контроле (снято, утратило актуальность или не ставилось на контроль); регистрировать по нему нечего.</translation>
    </message>
    <message>
        <source>The control point of {due} is already closed; nothing can be recorded on it.</source>
        <translation>Контрольный срок {due} уже закрыт; регистрировать по нему нечего.</translation>
    </message>
    <message>
        <source>This agency is neither the lead agency nor a co-executor of the decision.</source>
        <translation>Эта организация не является ни ответственным исполнителем, ни соисполнителем решения.</translation>
    </message>
    <message>
        <source>Case No. {number} has ended; it can no longer be changed.</source>
        <translation>Дело № {number} завершено; изменить его уже нельзя.</translation>
    </message>
    <message>
        <source>Case number {number} was just taken by another user; save again to get the next one.</source>
        <translation>Номер дела {number} только что занят другим пользователем; сохраните еще раз, чтобы получить следующий.</translation>
    </message>
    <message>
        <source>Choose a probation officer for the case.</source>
        <translation>Выберите сотрудника службы пробации для дела.</translation>
    </message>
    <message>
        <source>The probation officer chosen works in another district.</source>
        <translation>Выбранный сотрудник службы пробации работает в другом районе.</translation>
    </message>
    <message>
        <source>The client has been removed from the register; no case can be opened.</source>
        <translation>Клиент снят с учета; открыть дело нельзя.</translation>
    </message>
    <message>
        <source>The client already has an open case No. {number}; plan the help there.</source>
        <translation>У клиента уже есть открытое дело № {number}; планируйте помощь в нем.</translation>
    </message>
    <message>
        <source>Each kind of help is assessed once.</source>
        <translation>Каждый вид помощи оценивается один раз.</translation>
    </message>
    <message>
        <source>The priority is from 1 (urgent) to {limit}.</source>
        <translation>Приоритет — от 1 (срочно) до {limit}.</translation>
    </message>
    <message>
        <source>Say why the programme is stopped.</source>
        <translation>Укажите причину прекращения программы.</translation>
    </message>
    <message>
        <source>The date is before the case was opened ({date}).</source>
        <translation>Дата раньше открытия дела ({date}).</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Опишите, что произошло.</translation>
    </message>
    <message>
        <source>The date {day} is in the future.</source>
        <translation>Дата {day} ещё не наступила.</translation>
    </message>
    <message>
        <source>The measure is not one of this case's.</source>
        <translation>Это мероприятие относится к другому делу.</translation>
    </message>
    <message>
        <source>Enter the text of the report.</source>
        <translation>Введите текст информации об исполнении.</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>У файла нет имени.</translation>
    </message>
    <message>
        <source>The file «{name}» is {size} MB; at most {limit} MB can be attached. Compress it or attach it in parts.</source>
        <translation>Файл «{name}» занимает {size} МБ; можно приложить не более {limit} МБ. Сожмите его или приложите частями.</translation>
    </message>
    <message>
        <source>The file «{name}» is empty.</source>
        <translation>Файл «{name}» пуст.</translation>
    </message>
    <message>
        <source>The stored copy of «{name}» is damaged and cannot be opened. Ask the agency for the file again.</source>
        <translation>Сохранённая копия «{name}» повреждена и не может быть открыта. Запросите файл у организации повторно.</translation>
    </message>
    <message>
        <source>Say why the report is returned for rework.</source>
        <translation>Укажите, почему информация возвращается на доработку.</translation>
    </message>
    <message>
        <source>This report has already been assessed.</source>
        <translation>Эта информация уже рассмотрена.</translation>
    </message>
    <message>
        <source>Enter the reason the agency gives.</source>
        <translation>Укажите причину, которую приводит организация.</translation>
    </message>
    <message>
        <source>The proposed date must be later than the current term {due}.</source>
        <translation>Предлагаемая дата должна быть позже действующего срока {due}.</translation>
    </message>
    <message>
        <source>An extension of this term is already awaiting the chair's decision.</source>
        <translation>Продление этого срока уже ожидает решения председателя.</translation>
    </message>
    <message>
        <source>This extension request has already been decided.</source>
        <translation>По этой просьбе о продлении решение уже принято.</translation>
    </message>
    <message>
        <source>The term is already {due}, not earlier than the date asked for; refuse the request instead.</source>
        <translation>Срок уже {due}, не раньше запрошенной даты; вместо продления откажите в просьбе.</translation>
    </message>
    <message>
        <source>The file «{name}» cannot be read.</source>
        <translation>Не удаётся прочитать файл «{name}».</translation>
    </message>
    <message>
        <source>The programme has ended (completed, closed or stopped); its state can no longer change. Open a new case if the client needs help again.</source>
        <translation>Программа окончена (завершена, закрыта или прекращена); ее состояние изменить нельзя. Если клиенту снова нужна помощь, откройте новое дело.</translation>
    </message>
    <message>
        <source>The programme must be approved before work on it starts.</source>
        <translation>Прежде чем начать исполнение, программу нужно утвердить.</translation>
    </message>
    <message>
        <source>Only a programme in progress can be completed.</source>
        <translation>Завершить можно только исполняемую программу.</translation>
    </message>
    <message>
        <source>This change of the programme's state is not allowed.</source>
        <translation>Такое изменение состояния программы не допускается.</translation>
    </message>
    <message>
        <source>Add at least one measure before approving the programme.</source>
        <translation>Перед утверждением программы добавьте хотя бы одно мероприятие.</translation>
    </message>
    <message>
        <source>{count} measure(s) of the programme are not finished yet; record their outcome before completing it.</source>
        <translation>Не завершено мероприятий программы: {count}; прежде чем завершить программу, укажите их результаты.</translation>
    </message>
    <message>
        <source>A programme is closed when the client is removed from the register; record the removal on the client's card, or stop the programme instead.</source>
        <translation>Программа закрывается при снятии клиента с учета; отметьте снятие с учета в карточке клиента или прекратите программу.</translation>
    </message>
    <message>
        <source>The measure is already finished; its outcome can no longer change.</source>
        <translation>Мероприятие уже завершено; его результат изменить нельзя.</translation>
    </message>
    <message>
        <source>A measure goes to the commission only by escalating it, with the reason.</source>
        <translation>Мероприятие передается на рассмотрение комиссии только через вынесение на комиссию с указанием причины.</translation>
    </message>
    <message>
        <source>This change of the measure's state is not allowed.</source>
        <translation>Такое изменение состояния мероприятия не допускается.</translation>
    </message>
    <message>
        <source>Say why the measure is blocked and what is asked of the commission.</source>
        <translation>Укажите, почему мероприятие не исполняется и чего вы просите от комиссии.</translation>
    </message>
    <message>
        <source>Only a measure of an approved programme can be sent to the commission.</source>
        <translation>На комиссию можно вынести только мероприятие утвержденной программы.</translation>
    </message>
    <message>
        <source>Only a measure being worked on (assigned or in progress) can be sent to the commission; this one is finished or already sent.</source>
        <translation>На комиссию можно вынести только мероприятие в работе (назначено или исполняется); это мероприятие завершено или уже вынесено.</translation>
    </message>
    <message>
        <source>The row names neither the client's IIN nor a case.</source>
        <translation>В строке нет ни ИИН клиента, ни номера дела.</translation>
    </message>
    <message>
        <source>Describe the action to be taken.</source>
        <translation>Опишите мероприятие.</translation>
    </message>
    <message>
        <source>The kind of need is missing.</source>
        <translation>Не указан вид потребности.</translation>
    </message>
    <message>
        <source>The kind of need «{need}» is unknown.</source>
        <translation>Вид потребности «{need}» неизвестен.</translation>
    </message>
    <message>
        <source>The state of the measure «{state}» is unknown.</source>
        <translation>Состояние мероприятия «{state}» неизвестно.</translation>
    </message>
    <message>
        <source>Choose an active agency responsible.</source>
        <translation>Выберите действующий ответственный орган.</translation>
    </message>
    <message>
        <source>The deadline {due} is before the case was opened ({date}).</source>
        <translation>Срок {due} раньше даты открытия дела ({date}).</translation>
    </message>
    <message>
        <source>The programme is approved, so its measures are part of it; record the measure's outcome instead of deleting it.</source>
        <translation>Программа утверждена, и ее мероприятия входят в нее; вместо удаления укажите результат мероприятия.</translation>
    </message>
    <message>
        <source>Approve the programme before its measures are worked on.</source>
        <translation>Утвердите программу, прежде чем приступать к исполнению ее мероприятий.</translation>
    </message>
    <message>
        <source>Describe the outcome of the measure.</source>
        <translation>Опишите результат мероприятия.</translation>
    </message>
    <message>
        <source>There is no client with this IIN on the register you keep; import the client list first.</source>
        <translation>Клиента с таким ИИН нет среди состоящих у вас на учёте; сначала импортируйте список клиентов.</translation>
    </message>
    <message>
        <source>There is no case No. {number} among the cases you keep.</source>
        <translation>Дела № {number} нет среди ваших дел.</translation>
    </message>
    <message>
        <source>Case No. {number} is another client's.</source>
        <translation>Дело № {number} относится к другому клиенту.</translation>
    </message>
    <message>
        <source>The same measure of this client is already on row {row} of this file; the row was skipped.</source>
        <translation>Это же мероприятие этого клиента уже есть в строке {row} этого файла; строка пропущена.</translation>
    </message>
    <message>
        <source>The agency «{agency}» is not in the list of agencies; add it there or correct the name.</source>
        <translation>Организации «{agency}» нет в списке организаций; добавьте её туда или исправьте название.</translation>
    </message>
    <message>
        <source>The completion date must be between the opening of the case and today.</source>
        <translation>Дата исполнения должна быть не раньше открытия дела и не позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>Enter the institution that sent the notice.</source>
        <translation>Укажите учреждение, направившее уведомление.</translation>
    </message>
    <message>
        <source>Enter the surname and the given name.</source>
        <translation>Укажите фамилию и имя.</translation>
    </message>
    <message>
        <source>The expected release date is before the notice was received.</source>
        <translation>Ожидаемая дата освобождения раньше даты получения уведомления.</translation>
    </message>
    <message>
        <source>A client with the same surname, name and birth date is already registered ({district}) under another IIN. Check the IIN; to enter this person on the register anyway, press Save again.</source>
        <translation>Клиент с такими же фамилией, именем и датой рождения уже состоит на учете ({district}) с другим ИИН. Проверьте ИИН; чтобы всё же поставить этого человека на учет, нажмите «Сохранить» ещё раз.</translation>
    </message>
    <message>
        <source>The chosen residence is in another district; pass the notice to that district's probation service.</source>
        <translation>Избранное место жительства находится в другом районе; передайте уведомление в службу пробации этого района.</translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation>Выберите район.</translation>
    </message>
    <message>
        <source>A case has already been opened for this notice; open that case.</source>
        <translation>По этому извещению дело уже открыто; откройте его.</translation>
    </message>
    <message>
        <source>There is no district with the number {number}.</source>
        <translation>Района с номером {number} нет.</translation>
    </message>
    <message>
        <source>Name the district whose clients are imported: --district NUMBER.</source>
        <translation>Укажите район, клиенты которого загружаются: --district НОМЕР.</translation>
    </message>
    <message>
        <source>The file is not there (it was moved, renamed or is on a disconnected drive); nothing was imported.</source>
        <translation>Файла нет на месте (его переместили, переименовали или он на отключённом диске); ничего не загружено.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password; nothing was imported. Open it, remove the password (File → Info → Protect Workbook) and save it again.</source>
        <translation>Книга защищена паролем; ничего не загружено. Откройте её, снимите пароль (Файл → Сведения → Защита книги) и сохраните заново.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read; nothing was imported. Open it in Excel or LibreOffice and save it again.</source>
        <translation>Файл повреждён и не читается; ничего не загружено. Откройте его в Excel или LibreOffice и сохраните заново.</translation>
    </message>
    <message>
        <source>This file is not a table the import reads; nothing was imported. Save the list as an Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or CSV.</source>
        <translation>Этот файл — не таблица, которую читает импорт; ничего не загружено. Сохраните список как книгу Excel (.xlsx, .xls), таблицу OpenDocument (.ods) или CSV.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Загрузка отменена; ничего не изменено.</translation>
    </message>
    <message>
        <source>«{field}» is not a client field; use one of: {fields}.</source>
        <translation>«{field}» — не поле карточки клиента; используйте одно из: {fields}.</translation>
    </message>
    <message>
        <source>No header row with the IIN and the name was found in the first {rows} rows. Map the columns by hand.</source>
        <translation>В первых {rows} строках не найдена строка заголовков с ИИН и ФИО. Сопоставьте столбцы вручную.</translation>
    </message>
    <message>
        <source>There is no column «{column}» in the header row.</source>
        <translation>В строке заголовков нет столбца «{column}».</translation>
    </message>
    <message>
        <source>No IIN column was found. Map it by hand (for example iin=C).</source>
        <translation>Не найден столбец ИИН. Укажите его вручную (например, iin=C).</translation>
    </message>
    <message>
        <source>No column with the surname or the full name was found. Map it by hand (for example full_name=B).</source>
        <translation>Не найден столбец с фамилией или ФИО. Укажите его вручную (например, full_name=B).</translation>
    </message>
    <message>
        <source>The value in column {column} is not a date.</source>
        <translation>Значение в столбце {column} не является датой.</translation>
    </message>
    <message>
        <source>The name in column {column} looks like a spreadsheet formula («=…»), not a person's name; correct the cell in the list.</source>
        <translation>В столбце {column} вместо фамилии и имени стоит формула («=…»); исправьте ячейку в списке.</translation>
    </message>
    <message>
        <source>The district «{district}» is not in the list of districts.</source>
        <translation>Района «{district}» нет в списке районов.</translation>
    </message>
    <message>
        <source>The register category is missing.</source>
        <translation>Не указана категория учёта.</translation>
    </message>
    <message>
        <source>The register category «{category}» is unknown.</source>
        <translation>Категория учёта «{category}» неизвестна.</translation>
    </message>
    <message>
        <source>The district is missing.</source>
        <translation>Не указан район.</translation>
    </message>
    <message>
        <source>The probation officer «{officer}» is not a user of the program.</source>
        <translation>Сотрудник службы пробации «{officer}» не является пользователем программы.</translation>
    </message>
    <message>
        <source>The client belongs to a district you do not serve; the row was skipped.</source>
        <translation>Клиент относится к району, который вы не обслуживаете; строка пропущена.</translation>
    </message>
    <message>
        <source>The same IIN is already on row {row} of this file; the row was skipped.</source>
        <translation>Такой же ИИН уже есть в строке {row} этого файла; строка пропущена.</translation>
    </message>
    <message>
        <source>A person with this IIN is already registered. Ask the head of the probation service or the administrator to transfer the card to your district; a second card cannot be created.</source>
        <translation>Человек с таким ИИН уже состоит на учёте. Попросите руководителя службы пробации или администратора передать карточку в ваш район; вторую карточку создать нельзя.</translation>
    </message>
    <message>
        <source>A client with this IIN is already registered (card No. {card}). Open that card instead of creating a second one.</source>
        <translation>Клиент с таким ИИН уже состоит на учёте (карточка № {card}). Откройте эту карточку вместо создания второй.</translation>
    </message>
    <message>
        <source>Enter the client's surname.</source>
        <translation>Укажите фамилию клиента.</translation>
    </message>
    <message>
        <source>Enter the client's name.</source>
        <translation>Укажите имя клиента.</translation>
    </message>
    <message>
        <source>Enter the client's IIN.</source>
        <translation>Укажите ИИН клиента.</translation>
    </message>
    <message>
        <source>The sentence cannot end before it starts.</source>
        <translation>Срок наказания не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <source>The registration date is before the birth date.</source>
        <translation>Дата постановки на учёт раньше даты рождения.</translation>
    </message>
    <message>
        <source>This client belongs to a district you do not serve. Nothing was changed.</source>
        <translation>Этот клиент относится к району, который вы не обслуживаете. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Choose the client's district.</source>
        <translation>Выберите район клиента.</translation>
    </message>
    <message>
        <source>The chosen probation officer does not exist.</source>
        <translation>Выбранный сотрудник службы пробации не найден.</translation>
    </message>
    <message>
        <source>A client cannot be removed from the register before the day he was registered.</source>
        <translation>Клиента нельзя снять с учёта раньше дня постановки на учёт.</translation>
    </message>
    <message>
        <source>Find the client and choose him in the list.</source>
        <translation>Найдите клиента и выберите его в списке.</translation>
    </message>
    <message>
        <source>Choose the notice.</source>
        <translation>Выберите извещение.</translation>
    </message>
    <message>
        <source>Enter the name or position as it reads in the nominative.</source>
        <translation>Введите имя или должность в именительном падеже.</translation>
    </message>
    <message>
        <source>Enter the form to print.</source>
        <translation>Введите форму, которую печатать.</translation>
    </message>
    <message>
        <source>A form of «{name}» in this case is already stored.</source>
        <translation>Форма «{name}» в этом падеже уже сохранена.</translation>
    </message>
    <message>
        <source>Enter the phrase in Russian.</source>
        <translation>Введите фразу на русском языке.</translation>
    </message>
    <message>
        <source>Enter the phrase in Kazakh.</source>
        <translation>Введите фразу на казахском языке.</translation>
    </message>
    <message>
        <source>Braces mark the values a document fills in; remove the unmatched brace.</source>
        <translation>Фигурными скобками отмечены значения, которые подставляет документ; уберите лишнюю скобку.</translation>
    </message>
    <message>
        <source>The document has nothing to put in {names}: remove it from the text.</source>
        <translation>Документу нечего подставить в {names}: уберите это из текста.</translation>
    </message>
    <message>
        <source>Keep {names} in the text: the document puts the record's values there.</source>
        <translation>Оставьте в тексте {names}: туда документ подставляет данные учета.</translation>
    </message>
    <message>
        <source>A phrase added in the office has no default words to go back to.</source>
        <translation>У фразы, добавленной вручную, нет исходного текста, к которому можно вернуться.</translation>
    </message>
    <message>
        <source>An application role is a PostgreSQL setting; an SQLite file has no roles.</source>
        <translation>Роль приложения задаётся только для PostgreSQL; у файла SQLite ролей нет.</translation>
    </message>
    <message>
        <source>«{role}» is not a valid PostgreSQL role name.</source>
        <translation>«{role}» — недопустимое имя роли PostgreSQL.</translation>
    </message>
    <message>
        <source>The role «{role}» does not exist on the server: create it first (CREATE ROLE … LOGIN PASSWORD …).</source>
        <translation>Роли «{role}» нет на сервере: сначала создайте её (CREATE ROLE … LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <source>The rights of «{role}» could not be set: run the upgrade as the owner of the database.</source>
        <translation>Не удалось назначить права роли «{role}»: выполните обновление от имени владельца базы данных.</translation>
    </message>
    <message>
        <source>A restore replaces the whole database: run it at a terminal to confirm, or add --yes. Nothing was changed.</source>
        <translation>Восстановление заменяет всю базу данных: запустите команду в терминале, чтобы подтвердить, или добавьте --yes. Ничего не изменено.</translation>
    </message>
    <message>
        <source>A database in memory cannot be backed up.</source>
        <translation>Резервную копию базы данных в памяти сделать нельзя.</translation>
    </message>
    <message>
        <source>The copy of the database failed its check: {reason}</source>
        <translation>Копия базы данных не прошла проверку: {reason}</translation>
    </message>
    <message>
        <source>The database could not be copied: {reason}</source>
        <translation>Не удалось скопировать базу данных: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be written into the database: {reason}</source>
        <translation>Не удалось записать резервную копию в базу данных: {reason}</translation>
    </message>
    <message>
        <source>The restored database failed its check: {reason}</source>
        <translation>Восстановленная база данных не прошла проверку: {reason}</translation>
    </message>
    <message>
        <source>The file {file} cannot be read as a backup: {reason}</source>
        <translation>Файл {file} не удаётся прочитать как резервную копию: {reason}</translation>
    </message>
    <message>
        <source>The PostgreSQL program {tool} was not found. Install the PostgreSQL client tools (the same version as the server or newer) and add their bin folder to PATH.</source>
        <translation>Программа PostgreSQL {tool} не найдена. Установите клиентские программы PostgreSQL (той же версии, что и сервер, или новее) и добавьте их папку bin в PATH.</translation>
    </message>
    <message>
        <source>{step} failed: {reason}</source>
        <translation>Ошибка {step}: {reason}</translation>
    </message>
    <message>
        <source>The file {file} is not a backup of a Commission database.</source>
        <translation>Файл {file} не является резервной копией базы данных «Комиссии».</translation>
    </message>
    <message>
        <source>The file {file} is a backup of another kind of database ({engine}); it cannot replace this one.</source>
        <translation>Файл {file} — резервная копия базы данных другого вида ({engine}); ею нельзя заменить эту базу данных.</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer version of Commission (schema {revision}). Install the newer version to restore it; nothing was changed.</source>
        <translation>Резервная копия {file} сделана более новой версией программы «Комиссия» (схема {revision}). Чтобы восстановить её, установите новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to. Choose a folder this computer can create files in; the checkpoints stay where they were.</source>
        <translation>В папку {folder} нельзя записать. Выберите папку, в которой этот компьютер может создавать файлы; контрольные отметки остались на прежнем месте.</translation>
    </message>
    <message>
        <source>Another user has just saved the same record. Nothing was saved; open it again to see the current version.</source>
        <translation>Другой пользователь только что сохранил такую же запись. Изменения не сохранены; откройте её заново, чтобы увидеть актуальную версию.</translation>
    </message>
    <message>
        <source>Another user has just saved an agency with the same name. Nothing was saved; open the list of agencies again to see it.</source>
        <translation>Другой пользователь только что сохранил организацию с таким же названием. Изменения не сохранены; откройте справочник организаций заново, чтобы увидеть её.</translation>
    </message>
    <message>
        <source>Another user has just saved an agency with the same BIN. Nothing was saved; open the list of agencies again to see it.</source>
        <translation>Другой пользователь только что сохранил организацию с таким же БИН. Изменения не сохранены; откройте справочник организаций заново, чтобы увидеть её.</translation>
    </message>
    <message>
        <source>Another user has just registered a client with the same IIN. Nothing was saved; find the client in the register, or run the import again.</source>
        <translation>Другой пользователь только что поставил на учёт клиента с таким же ИИН. Изменения не сохранены; найдите клиента в реестре или повторите импорт.</translation>
    </message>
    <message>
        <source>Another administrator has just created a user with this login. Nothing was saved; choose another login.</source>
        <translation>Другой администратор только что создал пользователя с таким логином. Изменения не сохранены; выберите другой логин.</translation>
    </message>
    <message>
        <source>Another user has just saved a meeting with the same number this year. Nothing was saved; choose another number.</source>
        <translation>Другой пользователь только что сохранил заседание с таким же номером за этот год. Изменения не сохранены; выберите другой номер.</translation>
    </message>
    <message>
        <source>The case number was just taken by another user. Nothing was saved; save again to get the next one.</source>
        <translation>Номер дела только что занят другим пользователем. Изменения не сохранены; сохраните ещё раз, чтобы получить следующий.</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed. Nothing was saved. If it happens again, tell the administrator the incident number {incident}.</source>
        <translation>Произошла ошибка, действие не выполнено. Изменения не сохранены. Если ошибка повторится, сообщите администратору номер инцидента {incident}.</translation>
    </message>
    <message>
        <source>The password cannot consist of spaces only.</source>
        <translation>Пароль не может состоять из одних пробелов.</translation>
    </message>
    <message>
        <source>The password must not contain the login, forwards or backwards.</source>
        <translation>Пароль не должен содержать логин — ни в прямом, ни в обратном порядке.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones, which are tried first. Choose another.</source>
        <translation>Этот пароль — один из самых распространённых, их подбирают первыми. Выберите другой.</translation>
    </message>
    <message>
        <source>Wrong login or password. After several wrong tries the next one is heard only after a pause of up to a minute.</source>
        <translation>Неверный логин или пароль. После нескольких неудачных попыток следующая принимается только после паузы до минуты.</translation>
    </message>
    <message>
        <source>You import into your own district, number {number}, only.</source>
        <translation>Вы загружаете клиентов только в свой район — номер {number}.</translation>
    </message>
    <message>
        <source>Give the password of the --user account at the terminal or in the COMMISSION_PASSWORD environment variable.</source>
        <translation>Введите пароль учётной записи --user в терминале или задайте его в переменной окружения COMMISSION_PASSWORD.</translation>
    </message>
    <message>
        <source>This database has user accounts: run the command in a user's name with --user LOGIN (the password is asked, or taken from COMMISSION_PASSWORD).</source>
        <translation>В этой базе данных есть учётные записи пользователей: выполните команду от имени пользователя с --user LOGIN (пароль будет запрошен или взят из COMMISSION_PASSWORD).</translation>
    </message>
    <message>
        <source>You do not work for the commission number {id}. Yours: {choices}.</source>
        <translation>Вы не работаете в комиссии № {id}. Ваши комиссии: {choices}.</translation>
    </message>
    <message>
        <source>Choose the district the client moves to.</source>
        <translation>Выберите район, в который переезжает клиент.</translation>
    </message>
    <message>
        <source>The client is already registered in this district.</source>
        <translation>Клиент уже состоит на учёте в этом районе.</translation>
    </message>
    <message>
        <source>The chosen officer does not work in the district the client moves to.</source>
        <translation>Выбранный сотрудник не работает в районе, в который переезжает клиент.</translation>
    </message>
    <message>
        <source>Say why the client is transferred.</source>
        <translation>Укажите причину передачи клиента.</translation>
    </message>
    <message>
        <source>A client removed from the register cannot be transferred.</source>
        <translation>Клиента, снятого с учёта, нельзя передать в другой район.</translation>
    </message>
    <message>
        <source>The transfer date is before the day the client was registered.</source>
        <translation>Дата передачи раньше дня постановки клиента на учёт.</translation>
    </message>
    <message>
        <source>Enter the question to send.</source>
        <translation>Введите формулировку направляемого вопроса.</translation>
    </message>
    <message>
        <source>There is no oblast commission above this commission to send the question to.</source>
        <translation>Над этой комиссией нет областной комиссии, в которую можно направить вопрос.</translation>
    </message>
    <message>
        <source>This question has already been answered.</source>
        <translation>По этому вопросу уже дан ответ.</translation>
    </message>
    <message>
        <source>Say why the question is declined.</source>
        <translation>Укажите причину отклонения вопроса.</translation>
    </message>
    <message>
        <source>The file «{name}» is not a Word document or template (.docx or .dotx). Save the akimat's blank in Word as a .docx or .dotx and choose that file.</source>
        <translation>Файл «{name}» не является документом или шаблоном Word (.docx или .dotx). Сохраните бланк акимата в Word как .docx или .dotx и выберите этот файл.</translation>
    </message>
    <message>
        <source>The stored copy of «{name}» is damaged and cannot be opened. Choose the commission's template again in its settings.</source>
        <translation>Сохранённая копия «{name}» повреждена и не открывается. Выберите шаблон комиссии заново в её настройках.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <source>Choose a period of at most three years.</source>
        <translation>Выберите период не длиннее трёх лет.</translation>
    </message>
    <message>
        <source>The feast's date must be in the same year as the expected {day}.</source>
        <translation>Дата праздника должна быть в том же году, что и ожидаемая ({day}).</translation>
    </message>
    <message>
        <source>Say why the report is graded below «executed».</source>
        <translation>Укажите, почему исполнение оценено ниже «исполнено».</translation>
    </message>
    <message>
        <source>The decision has no lead agency to write to.</source>
        <translation>У решения нет головного исполнителя, которому можно написать.</translation>
    </message>
    <message>
        <source>The decision is neither overdue nor answered formally: there is nothing to escalate.</source>
        <translation>Решение не просрочено и на него не дан формальный ответ: эскалировать нечего.</translation>
    </message>
    <message>
        <source>The steps are taken in order; the next one is another step.</source>
        <translation>Шаги выполняются по порядку; следующий шаг — другой.</translation>
    </message>
    <message>
        <source>No meeting is planned: plan the commission's next meeting, then put the question on its agenda.</source>
        <translation>Заседание не запланировано: запланируйте следующее заседание комиссии, затем внесите вопрос в его повестку.</translation>
    </message>
    <message>
        <source>The file is in the Windows-1251 encoding, which has no Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і): check the names after the import, or save the list again as «CSV UTF-8».</source>
        <translation>Файл в кодировке Windows-1251, в которой нет казахских букв (ә, ғ, қ, ң, ө, ұ, ү, һ, і): проверьте ФИО после импорта или сохраните список заново как «CSV UTF-8».</translation>
    </message>
    <message>
        <source>Agencies not in the program's list: {agencies}. The rows naming them were rejected; add the agencies to the list or correct the names, then import again.</source>
        <translation>Организаций нет в списке программы: {agencies}. Строки с ними не приняты; добавьте организации в список или исправьте названия и импортируйте снова.</translation>
    </message>
    <message>
        <source>No column with the client's IIN or the case number was found. Map it by hand (for example iin=B).</source>
        <translation>Не найден столбец с ИИН клиента или номером дела. Укажите его вручную (например, iin=B).</translation>
    </message>
    <message>
        <source>«{field}» is not a field of the measures sheet; use one of: {fields}.</source>
        <translation>«{field}» — не поле листа мероприятий; используйте одно из: {fields}.</translation>
    </message>
    <message>
        <source>The statistics are written to .xlsx or .docx files.</source>
        <translation>Статистика сохраняется в файлы .xlsx или .docx.</translation>
    </message>
    <message>
        <source>Quarterly statistics need a quarter (2026-Q3), annual ones a year.</source>
        <translation>Для квартальной статистики укажите квартал (2026-Q3), для годовой — год.</translation>
    </message>
    <message>
        <source>Not a period: {period}. Write a quarter as 2026-Q3 or a year as 2026.</source>
        <translation>Период указан неверно: {period}. Квартал пишется как 2026-Q3, год — как 2026.</translation>
    </message>
    <message>
        <source>Attach the scan of the signed minutes first. If it cannot be attached now, the chair may record the signature without it, giving the reason.</source>
        <translation>Сначала приложите скан подписанного протокола. Если сейчас это невозможно, председатель может отметить подписание без скана, указав причину.</translation>
    </message>
    <message>
        <source>The extracts are marked sent by themselves when the extract of every agency the points address has been saved or printed.</source>
        <translation>Выписки отмечаются направленными сами, когда выписка каждому органу, которому адресованы пункты, сохранена или распечатана.</translation>
    </message>
    <message>
        <source>Only the extract of the final minutes, in their latest revision, is sent to the agencies.</source>
        <translation>Органам направляется только выписка из окончательного протокола в его последней редакции.</translation>
    </message>
    <message>
        <source>No point of these minutes is addressed to it.</source>
        <translation>Ни один пункт этого протокола не адресован этому органу.</translation>
    </message>
    <message>
        <source>Figures are kept for the police chief's report only; choose that kind for the item first.</source>
        <translation>Показатели ведутся только для отчёта начальника полиции; сначала выберите этот вид вопроса.</translation>
    </message>
    <message>
        <source>A figure of the report is a whole number from 0 to {limit}.</source>
        <translation>Показатель отчёта — целое число от 0 до {limit}.</translation>
    </message>
    <message>
        <source>The quarter is a number from 1 to 4.</source>
        <translation>Квартал — число от 1 до 4.</translation>
    </message>
    <message>
        <source>The report is about a quarter of {year} or earlier: the meeting is of {date}.</source>
        <translation>Отчёт может быть только за квартал {year} года или раньше: заседание проводится {date}.</translation>
    </message>
    <message>
        <source>Finalise the minutes before attaching the scan of the signed copy.</source>
        <translation>Прежде чем прикладывать скан подписанного экземпляра, утвердите протокол как окончательный.</translation>
    </message>
    <message>
        <source>«{name}» is not a PDF or an image (JPEG, PNG, TIFF). Scan the signed minutes to one of these formats and attach that file.</source>
        <translation>«{name}» — не PDF и не изображение (JPEG, PNG, TIFF). Отсканируйте подписанный протокол в один из этих форматов и приложите этот файл.</translation>
    </message>
    <message>
        <source>Say why the minutes are recorded as signed without their scan.</source>
        <translation>Укажите, почему протокол отмечается подписанным без скана.</translation>
    </message>
    <message>
        <source>Enter the date from which the new name is valid.</source>
        <translation>Укажите дату, с которой действует новое название.</translation>
    </message>
    <message>
        <source>A new name is recorded from its date once that date has come.</source>
        <translation>Новое название вносится, когда наступит дата, с которой оно действует.</translation>
    </message>
    <message>
        <source>The new name must be valid from a date after {date}.</source>
        <translation>Новое название должно действовать с даты позже {date}.</translation>
    </message>
    <message>
        <source>Enter the title of the required item.</source>
        <translation>Укажите наименование обязательного вопроса.</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Blocked measure: escalate to the commission</source>
        <translation>Вынесение мероприятия на комиссию</translation>
    </message>
    <message>
        <source>The measure «{action}» becomes a proposed item on the agenda of the commission's next planned meeting. Say what blocks it and what is asked of the commission; the reason stays in the case's log.</source>
        <translation>Мероприятие «{action}» будет предложено в повестку ближайшего запланированного заседания комиссии. Укажите, что препятствует его выполнению и что требуется от комиссии; причина сохранится в журнале дела.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Вынести на комиссию</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Log entry: case No. {number}</source>
        <translation>Запись в журнале: дело № {number}</translation>
    </message>
    <message>
        <source>(the case as a whole)</source>
        <translation>(дело в целом)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Содержание:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <source>Extract of the minutes</source>
        <translation>Выписка из протокола</translation>
    </message>
    <message>
        <source>The extract holds only the points addressed to the agency chosen:</source>
        <translation>В выписку включаются только пункты, адресованные выбранной организации:</translation>
    </message>
</context>
<context>
    <name>ExtractsSentBox</name>
    <message>
        <source>Extracts sent</source>
        <translation>Направленные выписки</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>Отправлено {date}</translation>
    </message>
    <message>
        <source>No point of the minutes is addressed to an agency.</source>
        <translation>Ни один пункт протокола не адресован органу.</translation>
    </message>
    <message>
        <source>Every agency addressed has its extract.</source>
        <translation>Все органы, которым адресованы пункты, получили выписки.</translation>
    </message>
    <message>
        <source>Saving an agency's extract of the final minutes records it as sent that day.</source>
        <translation>Сохранённая выписка из окончательного протокола отмечается как отправленная органу в этот день.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Commission — administrator account</source>
        <translation>Комиссия — учётная запись администратора</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator's account: the administrator then adds the secretaries, probation officers and other users.</source>
        <translation>В этой базе данных ещё нет пользователей. Создайте учётную запись администратора: затем администратор добавит секретарей, сотрудников пробации и других пользователей.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Ф. И. О.:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Commission — first start: step {number} of {total}</source>
        <translation>Комиссия — первый запуск: шаг {number} из {total}</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This computer: {path}</source>
        <translation>Этот компьютер: {path}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Already set up: log in with your own account</source>
        <translation>Уже настроена: войдите под своей учётной записью</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Наименование (рус.)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Наименование (каз.)</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Административно-территориальная единица</translation>
    </message>
    <message>
        <source>Founding act</source>
        <translation>Акт о создании</translation>
    </message>
    <message>
        <source>№ {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Import of clients</source>
        <translation>Загрузка клиентов</translation>
    </message>
    <message>
        <source>No (can be done later)</source>
        <translation>Нет (можно сделать позже)</translation>
    </message>
    <message>
        <source>The database is ready, but the settings file cannot be written. Press «Finish» again or check the rights to the user's folder.</source>
        <translation>База данных готова, но файл настроек не удалось записать. Нажмите «Готово» ещё раз или проверьте права на папку пользователя.</translation>
    </message>
    <message>
        <source>Stop the set-up</source>
        <translation>Прервать настройку</translation>
    </message>
    <message>
        <source>Nothing you entered will be saved, and the program will close. Stop?</source>
        <translation>Введённые данные не будут сохранены, и программа закроется. Прервать настройку?</translation>
    </message>
</context>
<context>
    <name>GuestBox</name>
    <message>
        <source>Invited guests</source>
        <translation>Приглашённые</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Position and organisation</source>
        <translation>Должность и организация</translation>
    </message>
    <message>
        <source>Position and organisation in Kazakh</source>
        <translation>Должность и организация на казахском</translation>
    </message>
    <message>
        <source>Sex: the Russian minutes agree the position with it</source>
        <translation>Пол: по нему в протоколе на русском согласуется должность</translation>
    </message>
    <message>
        <source>&amp;Add guest</source>
        <translation>&amp;Добавить приглашённого</translation>
    </message>
    <message>
        <source>Re&amp;move guest</source>
        <translation>&amp;Удалить приглашённого</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Приглашённый</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Position (Kazakh)</source>
        <translation>Должность (на казахском)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>Руководство пользователя не установлено вместе с этой копией программы.</translation>
    </message>
    <message>
        <source>The user guide could not be opened: no program for web pages is set up on this computer. The guide is in {path}</source>
        <translation>Не удалось открыть руководство пользователя: на этом компьютере не настроена программа для просмотра веб-страниц. Руководство находится здесь: {path}</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year's Day</source>
        <translation>Новый год</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православное Рождество</translation>
    </message>
    <message>
        <source>International Women's Day</source>
        <translation>Международный женский день</translation>
    </message>
    <message>
        <source>Nowruz Holiday</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Kazakhstan's People Solidarity Holiday</source>
        <translation>Праздник единства народа Казахстана</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>День защитника Отечества</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>День Победы</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>День Столицы</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>Курбан айт</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>День Конституции</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>День Республики</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>День Независимости</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Day off moved from {date}</source>
        <translation>Выходной день, перенесённый с {date}</translation>
    </message>
    <message>
        <source>{holiday} (moved day off)</source>
        <translation>{holiday} (перенос выходного)</translation>
    </message>
    <message>
        <source>{holiday} (date expected)</source>
        <translation>{holiday} (дата ожидает подтверждения)</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Введено вручную</translation>
    </message>
    <message>
        <source>Public holidays of Kazakhstan (list version {version})</source>
        <translation>Праздники Республики Казахстан (версия списка {version})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Columns of the list</source>
        <translation>Столбцы списка</translation>
    </message>
    <message>
        <source>Choose the workbook with the list of clients.</source>
        <translation>Выберите книгу Excel со списком клиентов.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>A trial import: shows what would become of every row, writes nothing.</source>
        <translation>Пробный импорт: показывает, что станет с каждой строкой, ничего не записывая.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Сохранить &amp;отчёт…</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>Строка в файле</translation>
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
        <source>Rows of the &amp;list:</source>
        <translation>&amp;Строки списка:</translation>
    </message>
    <message>
        <source>The clients are registered in your district, {district}; rows of other districts are rejected.</source>
        <translation>Клиенты ставятся на учёт в вашем районе ({district}); строки других районов отклоняются.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>No header row was found in the first rows.</source>
        <translation>В первых строках не найдена строка заголовков.</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Импорт из таблицы</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>&amp;Что в файле:</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV ({patterns})</source>
        <translation>Таблицы и CSV ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Файл реестра</translation>
    </message>
    <message>
        <source>Choose the file with the list.</source>
        <translation>Выберите файл со списком.</translation>
    </message>
    <message>
        <source>Header found on row {row}: {recognised} of {total} columns recognised. Name the others by hand, or leave them out.</source>
        <translation>Заголовок найден в строке {row}: распознано столбцов — {recognised} из {total}. Остальные укажите вручную или не импортируйте.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Заголовок в файле</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <source>{field} (recognised, not imported)</source>
        <translation>{field} (распознан, не импортируется)</translation>
    </message>
    <message>
        <source>{field} (recognised)</source>
        <translation>{field} (распознан)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>Checking the rows of {file}…</source>
        <translation>Проверка строк файла {file}…</translation>
    </message>
    <message>
        <source>Importing from {file}…</source>
        <translation>Импорт из файла {file}…</translation>
    </message>
    <message>
        <source>Created: {created}, updated: {updated}, unchanged: {unchanged}, rejected: {rejected}.</source>
        <translation>Создано: {created}, обновлено: {updated}, без изменений: {unchanged}, отклонено: {rejected}.</translation>
    </message>
    <message>
        <source>Trial run: nothing was written to the database.</source>
        <translation>Пробный прогон: в базу ничего не записано.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Сохранить отчёт об импорте</translation>
    </message>
    <message>
        <source>Saving the import report…</source>
        <translation>Сохранение отчёта об импорте…</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Programmes and measures</source>
        <translation>Программы и мероприятия</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Existing registers</source>
        <translation>Имеющиеся реестры</translation>
    </message>
    <message>
        <source>Optional: clients kept so far in Excel</source>
        <translation>Необязательно: клиенты, которых вели в Excel</translation>
    </message>
    <message>
        <source>If the probation clients were kept in a spreadsheet (.xlsx, .xls, .ods) or a CSV file, choose it here. Clients' personal data may be imported only by a probation officer: the import opens with this file when one first logs in on this computer, shows what will be taken and what skipped, and imports on confirmation. Leave the field empty to skip this step.</source>
        <translation>Если клиенты пробации велись в таблице (.xlsx, .xls, .ods) или в файле CSV, выберите его здесь. Импортировать персональные данные клиентов может только сотрудник службы пробации: импорт откроется с этим файлом, когда он впервые войдёт на этом компьютере, покажет, что будет принято и что пропущено, и выполнится после подтверждения. Оставьте поле пустым, чтобы пропустить этот шаг.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>No file: nothing to import</source>
        <translation>Файл не выбран — загружать нечего</translation>
    </message>
    <message>
        <source>This can be done later at any time from the Clients area.</source>
        <translation>Это можно сделать и позже, в любое время, в разделе «Клиенты».</translation>
    </message>
    <message>
        <source>Register of clients</source>
        <translation>Реестр клиентов</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV ({patterns})</source>
        <translation>Таблицы и CSV ({patterns})</translation>
    </message>
    <message>
        <source>Choose a register file: .xlsx, .xlsm, .xls, .ods or .csv.</source>
        <translation>Выберите файл реестра: .xlsx, .xlsm, .xls, .ods или .csv.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>Файл {name} не найден.</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Choose an item of the agenda on the left, or add one.</source>
        <translation>Выберите вопрос повестки дня в списке слева или добавьте новый.</translation>
    </message>
    <message>
        <source>Sa&amp;ve item</source>
        <translation>Со&amp;хранить вопрос</translation>
    </message>
    <message>
        <source>Save the question, «Heard» and the speakers (Ctrl+S)</source>
        <translation>Сохранить вопрос, «СЛУШАЛИ» и докладчиков (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo &amp;changes</source>
        <translation>Отменить &amp;изменения</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>ВЫСТУПИЛИ</translation>
    </message>
    <message>
        <source>Add &amp;speech…</source>
        <translation>Добавить в&amp;ыступление…</translation>
    </message>
    <message>
        <source>Edit speech…</source>
        <translation>Изменить выступление…</translation>
    </message>
    <message>
        <source>Remove speech</source>
        <translation>Удалить выступление</translation>
    </message>
    <message>
        <source>Clients' cases examined</source>
        <translation>Рассматриваемые дела клиентов</translation>
    </message>
    <message>
        <source>&amp;Link a case…</source>
        <translation>Добавить д&amp;ело…</translation>
    </message>
    <message>
        <source>The minutes show the case number and the client's initials only.</source>
        <translation>В протоколе указываются только номер дела и инициалы клиента.</translation>
    </message>
    <message>
        <source>Unlink case</source>
        <translation>Исключить дело</translation>
    </message>
    <message>
        <source>Decisions due since the previous meeting</source>
        <translation>Решения, срок исполнения которых наступил после предыдущего заседания</translation>
    </message>
    <message>
        <source>No decision of earlier meetings is due by this meeting.</source>
        <translation>К этому заседанию не наступил срок исполнения ни одного решения прежних заседаний.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) of earlier meetings to review. Record what is removed from control or extended as decisions below.</source>
        <translation>
            <numerusform>К рассмотрению %n решение прежних заседаний. Снятие с контроля и продление сроков оформите решениями ниже.</numerusform>
            <numerusform>К рассмотрению %n решения прежних заседаний. Снятие с контроля и продление сроков оформите решениями ниже.</numerusform>
            <numerusform>К рассмотрению %n решений прежних заседаний. Снятие с контроля и продление сроков оформите решениями ниже.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item {number}: {kind}</source>
        <translation>Вопрос {number}: {kind}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Open speech…</source>
        <translation>Открыть выступление…</translation>
    </message>
    <message>
        <source>Remove a speech</source>
        <translation>Удаление выступления</translation>
    </message>
    <message>
        <source>Remove the speech of {speaker} from the minutes?</source>
        <translation>Удалить из протокола выступление ({speaker})?</translation>
    </message>
    <message>
        <source>Unlink a case</source>
        <translation>Исключение дела</translation>
    </message>
    <message>
        <source>The item will no longer examine the case {case}. Unlink it?</source>
        <translation>Дело {case} больше не будет рассматриваться в этом вопросе. Исключить его?</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Who reports, with the position; the agenda prints it after «Speaker:»</source>
        <translation>Докладчик с указанием должности; в повестке дня печатается после слова «Докладчик:»</translation>
    </message>
    <message>
        <source>Materials &amp;due by</source>
        <translation>&amp;Материалы представить до</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>В&amp;опрос:</translation>
    </message>
    <message>
        <source>Speake&amp;rs:</source>
        <translation>До&amp;кладчики:</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>СЛУШАЛИ</translation>
    </message>
    <message>
        <source>Whose report, e.g. «Kasymov E. B.»</source>
        <translation>Чей доклад, например «Касымова Е. Б.»</translation>
    </message>
    <message>
        <source>What the report was about; e.g. «(the information is attached)»</source>
        <translation>О чём доклад, например «(информация прилагается)»</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>&amp;Чей доклад:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Содержание:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Сотрудник службы пробации</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Probation service</source>
        <translation>Служба пробации</translation>
    </message>
    <message>
        <source>Prosecutor's office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Employment centre</source>
        <translation>Центр занятости</translation>
    </message>
    <message>
        <source>Social protection</source>
        <translation>Социальная защита</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Youth policy</source>
        <translation>Молодёжная политика</translation>
    </message>
    <message>
        <source>Public service centre</source>
        <translation>ЦОН</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Жилищные вопросы</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation>Неправительственная организация</translation>
    </message>
    <message>
        <source>Religious association</source>
        <translation>Религиозное объединение</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Заместитель председателя</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Праздничный день</translation>
    </message>
    <message>
        <source>Transferred day off</source>
        <translation>Перенесённый выходной</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Interagency crime-prevention commission (MVK)</source>
        <translation>Межведомственная комиссия по профилактике правонарушений (МВК)</translation>
    </message>
    <message>
        <source>Consultative body for probation social support (KSO)</source>
        <translation>Консультативно-совещательный орган по социальной поддержке лиц, состоящих на учёте службы пробации (КСО)</translation>
    </message>
    <message>
        <source>Merged commission (MVK and KSO)</source>
        <translation>Объединённая комиссия (МВК и КСО)</translation>
    </message>
    <message>
        <source>Move to the next working day</source>
        <translation>Переносить на следующий рабочий день</translation>
    </message>
    <message>
        <source>Move to the previous working day</source>
        <translation>Переносить на предыдущий рабочий день</translation>
    </message>
    <message>
        <source>Keep the date as it is</source>
        <translation>Не переносить</translation>
    </message>
    <message>
        <source>Russian (Русский)</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh (Қазақша)</source>
        <translation>Казахский (Қазақша)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский (English)</translation>
    </message>
    <message>
        <source>Republic</source>
        <translation>Республика</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>Failed log-in</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Блокировка учётной записи</translation>
    </message>
    <message>
        <source>Rows recorded</source>
        <translation>Записи учтены</translation>
    </message>
    <message>
        <source>Rows taken into the trail</source>
        <translation>Записи взяты под учёт журнала</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Административно-территориальная единица</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Case on an agenda item</source>
        <translation>Дело по вопросу повестки</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Attached file's content</source>
        <translation>Содержимое вложенного файла</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие на заседании</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>День календаря</translation>
    </message>
    <message>
        <source>Case event</source>
        <translation>Событие по делу</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Control point</source>
        <translation>Контрольная точка</translation>
    </message>
    <message>
        <source>Escalation step</source>
        <translation>Шаг эскалации</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Исполнитель решения</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Discussion entry</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>Execution report</source>
        <translation>Информация об исполнении</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Продление срока</translation>
    </message>
    <message>
        <source>Extract sent</source>
        <translation>Отправка выписки</translation>
    </message>
    <message>
        <source>Invited guest</source>
        <translation>Приглашённый</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера помощи</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Question proposed to the oblast</source>
        <translation>Вопрос, предложенный в область</translation>
    </message>
    <message>
        <source>Minutes revision</source>
        <translation>Редакция протокола</translation>
    </message>
    <message>
        <source>Form of a name</source>
        <translation>Падежная форма имени</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>Outgoing letter</source>
        <translation>Исходящее письмо</translation>
    </message>
    <message>
        <source>Phrase of the phrase book</source>
        <translation>Фраза справочника формулировок</translation>
    </message>
    <message>
        <source>Figure of the police report</source>
        <translation>Показатель отчёта полиции</translation>
    </message>
    <message>
        <source>Police chief's report</source>
        <translation>Отчёт начальника полиции</translation>
    </message>
    <message>
        <source>Release notice</source>
        <translation>Уведомление об освобождении</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>User's commission</source>
        <translation>Комиссия пользователя</translation>
    </message>
    <message>
        <source>Work plan item</source>
        <translation>Пункт плана работы</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>final</source>
        <translation>оформлен</translation>
    </message>
    <message>
        <source>being amended</source>
        <translation>вносятся изменения</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Videoconference</source>
        <translation>Видеоконференцсвязь</translation>
    </message>
    <message>
        <source>In person and by videoconference</source>
        <translation>Очно и по видеоконференцсвязи</translation>
    </message>
    <message>
        <source>— not marked —</source>
        <translation>— не отмечено —</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Замена</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>work plan question</comment>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>Включён в повестку</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Перенесён</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Снят</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Рассмотрен</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Agenda approved</source>
        <translation>Повестка утверждена</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>Протокол оформлен</translation>
    </message>
    <message>
        <source>Minutes signed</source>
        <translation>Протокол подписан</translation>
    </message>
    <message>
        <source>Extracts sent</source>
        <translation>Выписки направлены</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Очередное</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Внеочередное</translation>
    </message>
    <message>
        <source>Not on control</source>
        <translation>Не на контроле</translation>
    </message>
    <message>
        <source>On control</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Исполняется</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>На доработке</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Removed from control</source>
        <translation>Снято с контроля</translation>
    </message>
    <message>
        <source>Term extended</source>
        <translation>Срок продлён</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>Утратило актуальность</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <source>Conditional sentence</source>
        <translation>Условное осуждение</translation>
    </message>
    <message>
        <source>Restriction of liberty</source>
        <translation>Ограничение свободы</translation>
    </message>
    <message>
        <source>Parole</source>
        <translation>Условно-досрочное освобождение</translation>
    </message>
    <message>
        <source>Other non-custodial punishment</source>
        <translation>Иное наказание, не связанное с лишением свободы</translation>
    </message>
    <message>
        <source>Deferred sentence</source>
        <translation>Отсрочка отбывания наказания</translation>
    </message>
    <message>
        <source>Released after serving</source>
        <translation>Освобождён по отбытии наказания</translation>
    </message>
    <message>
        <source>Pre-trial</source>
        <translation>Досудебная пробация</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Несовершеннолетний</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждена</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Прекращена</translation>
    </message>
    <message>
        <source>Crime prevention</source>
        <translation>Профилактика правонарушений</translation>
    </message>
    <message>
        <source>Social support of a probation client</source>
        <translation>Социальная поддержка лица, состоящего на учёте службы пробации</translation>
    </message>
    <message>
        <source>Police quarterly report</source>
        <translation>Ежеквартальная информация полиции</translation>
    </message>
    <message>
        <source>Progress on earlier decisions</source>
        <translation>О ходе исполнения ранее принятых решений</translation>
    </message>
    <message>
        <source>Take note</source>
        <translation>Принять к сведению</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Remove from control</source>
        <translation>Снять с контроля</translation>
    </message>
    <message>
        <source>Extend the term</source>
        <translation>Продлить срок</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Рекомендательное</translation>
    </message>
    <message>
        <source>Client transfer</source>
        <translation>Передача клиента</translation>
    </message>
    <message>
        <source>Commission's name</source>
        <translation>Название комиссии</translation>
    </message>
    <message>
        <source>Required item</source>
        <translation>Обязательный вопрос</translation>
    </message>
    <message>
        <source>Support to persons in a difficult life situation (half-yearly assessment)</source>
        <translation>Поддержка лиц в трудной жизненной ситуации (оценка за полугодие)</translation>
    </message>
</context>
<context>
    <name>LadderBox</name>
    <message>
        <source>Escalation</source>
        <translation>Эскалация</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Outgoing No. / meeting</source>
        <translation>Исх. № / заседание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Open the &amp;letter</source>
        <translation>Открыть &amp;письмо</translation>
    </message>
    <message>
        <source>answered formally</source>
        <translation>получен формальный ответ</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>The decision is {reason}; next step: {step}.</source>
        <translation>По решению {reason}; следующий шаг: {step}.</translation>
    </message>
    <message>
        <source>&amp;Take: {step}</source>
        <translation>&amp;Выполнить: {step}</translation>
    </message>
    <message>
        <source>No step is due: the decision is neither overdue nor answered formally.</source>
        <translation>Шаг не требуется: решение не просрочено и формального ответа нет.</translation>
    </message>
    <message>
        <source>Every step of the ladder has been taken.</source>
        <translation>Все шаги эскалации выполнены.</translation>
    </message>
    <message>
        <source>&amp;Take the next step</source>
        <translation>&amp;Выполнить следующий шаг</translation>
    </message>
    <message>
        <source>meeting No. {number} of {date}</source>
        <translation>заседание № {number} от {date}</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Commission</source>
        <translation>Добро пожаловать в «Комиссию»</translation>
    </message>
    <message>
        <source>First start on this computer</source>
        <translation>Первый запуск на этом компьютере</translation>
    </message>
    <message>
        <source>This assistant prepares the program for work in a few steps: the database, the commission, and the administrator's account. Nothing is saved until you press «Finish» on the last page; «Back» keeps what you entered.</source>
        <translation>Этот мастер за несколько шагов подготовит программу к работе: база данных, комиссия и учётная запись администратора. Ничего не сохраняется, пока вы не нажмёте «Готово» на последней странице; кнопка «Назад» сохраняет всё введённое.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Today's automatic backup could not be made: {reason}
The program works as usual; tell the administrator.</source>
        <translation>Не удалось сделать сегодняшнюю автоматическую резервную копию: {reason}
Программа работает как обычно; сообщите администратору.</translation>
    </message>
    <message>
        <source>Preparing the demo database…</source>
        <translation>Подготовка демонстрационной базы…</translation>
    </message>
    <message>
        <source>The commission is not set up in this database yet. Ask the administrator.</source>
        <translation>В этой базе данных комиссия ещё не описана. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Import of clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>The list «{name}» will be offered for import to the first probation officer who logs in on this computer: only that role may import clients' personal data.</source>
        <translation>Список «{name}» будет предложен для импорта первому сотруднику службы пробации, который войдёт на этом компьютере: импортировать персональные данные клиентов может только эта роль.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Commission — log in</source>
        <translation>Комиссия — вход в систему</translation>
    </message>
    <message>
        <source>&amp;Commission:</source>
        <translation>&amp;Комиссия:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>База данных: {url}</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открывается база данных…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My cases</source>
        <translation>Мои дела</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Oblast and districts</source>
        <translation>Область и районы</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>База данных: {url}</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Пользователь: {name} ({role})</translation>
    </message>
    <message>
        <source>Switch to another of your commissions</source>
        <translation>Перейти в другую свою комиссию</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Find everywhere…</source>
        <translation>&amp;Найти везде…</translation>
    </message>
    <message>
        <source>Find in this &amp;list</source>
        <translation>Найти в этом &amp;списке</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;About Commission</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Панель команд</translation>
    </message>
    <message>
        <source>Find everywhere</source>
        <translation>Найти везде</translation>
    </message>
    <message>
        <source>Find everywhere (Ctrl+K)</source>
        <translation>Найти везде (Ctrl+K)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>User guide (F1)</source>
        <translation>Руководство пользователя (F1)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>New measure: case No. {number}</source>
        <translation>Новое мероприятие: дело № {number}</translation>
    </message>
    <message>
        <source>Measure: case No. {number}</source>
        <translation>Мероприятие: дело № {number}</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбран)</translation>
    </message>
    <message>
        <source>by</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>&amp;Вид помощи:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <source>Responsible a&amp;gency:</source>
        <translation>&amp;Ответственный орган:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>The measure is finished: only its texts in Kazakh may still be added.</source>
        <translation>Мера завершена: можно лишь добавить её тексты на казахском языке.</translation>
    </message>
</context>
<context>
    <name>MeasureOutcomeDialog</name>
    <message>
        <source>Outcome of the measure</source>
        <translation>Результат мероприятия</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>&amp;Дата исполнения:</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <source>As in the composition: {name}</source>
        <translation>По составу комиссии: {name}</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— не выбрано —</translation>
    </message>
    <message>
        <source>(not a member on this date)</source>
        <translation>(на эту дату не член комиссии)</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>← &amp;All meetings</source>
        <translation>← &amp;Все заседания</translation>
    </message>
    <message>
        <source>Back to the list of meetings (Esc)</source>
        <translation>Вернуться к списку заседаний (Esc)</translation>
    </message>
    <message>
        <source>A&amp;pprove the agenda</source>
        <translation>&amp;Утвердить повестку</translation>
    </message>
    <message>
        <source>Reopen the agenda</source>
        <translation>Отменить утверждение повестки</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Отметить как &amp;проведённое</translation>
    </message>
    <message>
        <source>&amp;Finalise the minutes</source>
        <translation>&amp;Оформить протокол</translation>
    </message>
    <message>
        <source>Locks the record and keeps it as the next revision of the minutes.</source>
        <translation>Закрывает протокол для изменений и сохраняет его как очередную редакцию.</translation>
    </message>
    <message>
        <source>A&amp;mend the minutes…</source>
        <translation>Внести &amp;изменения в протокол…</translation>
    </message>
    <message>
        <source>Minutes si&amp;gned</source>
        <translation>Протокол по&amp;дписан</translation>
    </message>
    <message>
        <source>Po&amp;stpone</source>
        <translation>Пере&amp;нести</translation>
    </message>
    <message>
        <source>Plan a&amp;gain</source>
        <translation>Запланировать &amp;заново</translation>
    </message>
    <message>
        <source>&amp;Cancel the meeting…</source>
        <translation>Отм&amp;енить заседание…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Прису&amp;тствие</translation>
    </message>
    <message>
        <source>Age&amp;nda and decisions</source>
        <translation>Повестка и &amp;решения</translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation>Прото&amp;кол</translation>
    </message>
    <message>
        <source>{state}, revision {revision}</source>
        <translation>{state}, редакция {revision}</translation>
    </message>
    <message>
        <source>Meeting No. {number} of {date} — {status} — Minutes: {minutes}</source>
        <translation>Заседание № {number} от {date} — {status} — протокол: {minutes}</translation>
    </message>
    <message>
        <source>The minutes are final (revision {revision}). To change them, click “Amend the minutes”.</source>
        <translation>Протокол оформлен (редакция {revision}). Чтобы изменить его, нажмите «Внести изменения в протокол».</translation>
    </message>
    <message>
        <source>The minutes are being amended ({reason}). When the corrections are made, finalise them again: they become revision {revision}.</source>
        <translation>В протокол вносятся изменения ({reason}). После внесения исправлений оформите протокол снова: он станет редакцией {revision}.</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Отмена заседания</translation>
    </message>
    <message>
        <source>Cancel meeting No. {number} of {date}? A cancelled meeting cannot be planned again; to move it to another day, postpone it instead.</source>
        <translation>Отменить заседание № {number} от {date}? Отменённое заседание нельзя запланировать снова; чтобы провести его в другой день, перенесите его.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Some changes to this meeting are not saved yet. Save them?</source>
        <translation>Часть изменений по заседанию ещё не сохранена. Сохранить их?</translation>
    </message>
    <message>
        <source>Needs the scan of the signed minutes, attached in the Minutes tab.</source>
        <translation>Нужен скан подписанного протокола, он прикладывается на вкладке «Протокол».</translation>
    </message>
</context>
<context>
    <name>MeetingsArea</name>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Заседания</translation>
    </message>
    <message>
        <source>&amp;Work plan</source>
        <translation>&amp;План работы</translation>
    </message>
</context>
<context>
    <name>MeetingsList</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Новое заседание…</translation>
    </message>
    <message>
        <source>Create a meeting (Ctrl+N)</source>
        <translation>Создать заседание (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Открыть выбранное заседание (Enter)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>&amp;Minutes and documents…</source>
        <translation>&amp;Протокол и документы…</translation>
    </message>
    <message>
        <source>Open the meeting at its minutes: save, print</source>
        <translation>Открыть заседание на вкладке протокола: сохранить, напечатать</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n заседание</numerusform>
            <numerusform>%n заседания</numerusform>
            <numerusform>%n заседаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Replace a member</source>
        <translation>Замена члена комиссии</translation>
    </message>
    <message>
        <source>{name} ({role}) leaves the commission by decree. Enter the person who takes the place, the date the decree takes effect and the decree.</source>
        <translation>{name} ({role}) выводится из состава комиссии. Укажите лицо, назначаемое на это место, дату вступления в силу и основание (постановление или распоряжение).</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Новый член комиссии</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Член комиссии: {name}</translation>
    </message>
    <message>
        <source>— not from an agency —</source>
        <translation>— не от организации —</translation>
    </message>
    <message>
        <source>Has a &amp;vote</source>
        <translation>С правом &amp;голоса</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>указана</translation>
    </message>
    <message>
        <source>Leave unticked while the membership has no end date.</source>
        <translation>Не отмечайте, пока срок членства не ограничен.</translation>
    </message>
    <message>
        <source>e.g. akimat decree No. 123 of 15.01.2026</source>
        <translation>например, постановление акимата № 123 от 15.01.2026</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Ф. И. О.:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Position (Russian):</source>
        <translation>&amp;Должность (рус.):</translation>
    </message>
    <message>
        <source>Position (&amp;Kazakh):</source>
        <translation>Должность (&amp;каз.):</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Дата &amp;начала:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Дата окон&amp;чания:</translation>
    </message>
    <message>
        <source>&amp;Decree:</source>
        <translation>Осно&amp;вание:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>{name}'s membership ends on {date}.</source>
        <translation>{name}: членство прекращается {date}.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Голос</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Основание</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>Save the minutes (.&amp;docx)…</source>
        <translation>&amp;Сохранить протокол (.docx)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить &amp;в PDF…</translation>
    </message>
    <message>
        <source>Print pre&amp;view and print…</source>
        <translation>Предварительный &amp;просмотр и печать…</translation>
    </message>
    <message>
        <source>Decisions to E&amp;xcel (.xlsx)…</source>
        <translation>&amp;Решения в Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>Extract for an a&amp;gency…</source>
        <translation>Выписка для &amp;организации…</translation>
    </message>
    <message>
        <source>Only the points addressed to one agency, ready to send to it.</source>
        <translation>Только пункты, адресованные одной организации, — для направления ей.</translation>
    </message>
    <message>
        <source>&amp;Language of the documents:</source>
        <translation>&amp;Язык документов:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Ре&amp;дакция:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Оформлена</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Use this revision for the &amp;documents</source>
        <translation>&amp;Использовать эту редакцию для документов</translation>
    </message>
    <message>
        <source>History of revisions</source>
        <translation>История редакций</translation>
    </message>
    <message>
        <source>The minutes as they stand</source>
        <translation>Текущий текст протокола</translation>
    </message>
    <message>
        <source>Revision {revision} of {date}</source>
        <translation>Редакция {revision} от {date}</translation>
    </message>
    <message>
        <source>First revision</source>
        <translation>Первая редакция</translation>
    </message>
    <message>
        <source>{reason} (being amended)</source>
        <translation>{reason} (вносятся изменения)</translation>
    </message>
    <message>
        <source>The minutes are final (revision {revision}): the documents show them exactly as finalised.</source>
        <translation>Протокол оформлен (редакция {revision}): документы формируются точно в оформленном виде.</translation>
    </message>
    <message>
        <source>The minutes are being amended: the documents show the corrections made so far. Finalise the minutes again when they are complete.</source>
        <translation>В протокол вносятся изменения: документы отражают уже внесённые исправления. Завершив исправления, оформите протокол снова.</translation>
    </message>
    <message>
        <source>The minutes are not final yet: what you save now is a draft. Finalise them when the record is complete.</source>
        <translation>Протокол ещё не оформлен: сохраняемый сейчас документ является проектом. Оформите протокол, когда запись будет завершена.</translation>
    </message>
    <message>
        <source>Minutes_No{number}_{date}</source>
        <translation>Протокол_№{number}_{date}</translation>
    </message>
    <message>
        <source>Decisions_No{number}_{date}</source>
        <translation>Решения_№{number}_{date}</translation>
    </message>
    <message>
        <source>Extract_No{number}_{date}</source>
        <translation>Выписка_№{number}_{date}</translation>
    </message>
    <message>
        <source>rev{revision}</source>
        <translation>ред{revision}</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>Запись протокола…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the minutes as PDF…</source>
        <translation>Запись протокола в PDF…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the decisions…</source>
        <translation>Запись решений…</translation>
    </message>
    <message>
        <source>Writing the extract…</source>
        <translation>Запись выписки…</translation>
    </message>
    <message>
        <source>Print preview of the minutes</source>
        <translation>Предварительный просмотр протокола</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Подписанный экземпляр</translation>
    </message>
</context>
<context>
    <name>MissingModel</name>
    <message>
        <source>Required item</source>
        <translation>Обязательный вопрос</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Quarters without it</source>
        <translation>Кварталы, где его нет</translation>
    </message>
</context>
<context>
    <name>MissingTexts</name>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Control of execution assigned to</source>
        <translation>Контроль исполнения возложить на</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <source>Heard: reported by</source>
        <translation>Слушали: докладчик</translation>
    </message>
    <message>
        <source>Heard: summary</source>
        <translation>Слушали: содержание</translation>
    </message>
    <message>
        <source>Spoke: speaker</source>
        <translation>Выступили: выступающий</translation>
    </message>
    <message>
        <source>Spoke: summary</source>
        <translation>Выступили: содержание</translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation>Текст решения</translation>
    </message>
    <message>
        <source>Reason of absence</source>
        <translation>Причина отсутствия</translation>
    </message>
    <message>
        <source>Substitute's position</source>
        <translation>Должность заменяющего</translation>
    </message>
    <message>
        <source>Guest's position</source>
        <translation>Должность приглашённого</translation>
    </message>
    <message>
        <source>Member's position</source>
        <translation>Должность члена комиссии</translation>
    </message>
    <message>
        <source>Question of the plan</source>
        <translation>Вопрос плана</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Outcome of the measure</source>
        <translation>Результат мероприятия</translation>
    </message>
    <message>
        <source>Point {number}</source>
        <translation>Пункт {number}</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>{number} квартал</translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>Вопрос {number}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Texts without Kazakh</source>
        <translation>Тексты без казахского варианта</translation>
    </message>
    <message>
        <source>Texts without Russian</source>
        <translation>Тексты без русского варианта</translation>
    </message>
    <message>
        <source>{language}: {filled} / {total} texts</source>
        <translation>{language}: {filled} / {total} текстов</translation>
    </message>
</context>
<context>
    <name>MissingTextsDialog</name>
    <message>
        <source>These texts have no Kazakh version: the document will print them in Russian. Fill them in, or export the document as it is.</source>
        <translation>У этих текстов нет казахского варианта: документ напечатает их на русском. Заполните их или экспортируйте документ как есть.</translation>
    </message>
    <message>
        <source>These texts have no Russian version: the document will print them in Kazakh. Fill them in, or export the document as it is.</source>
        <translation>У этих текстов нет русского варианта: документ напечатает их на казахском. Заполните их или экспортируйте документ как есть.</translation>
    </message>
    <message>
        <source>These texts have no Kazakh version; documents in Kazakh print them in Russian.</source>
        <translation>У этих текстов нет казахского варианта; документы на казахском печатают их на русском.</translation>
    </message>
    <message>
        <source>These texts have no Russian version; documents in Russian print them in Kazakh.</source>
        <translation>У этих текстов нет русского варианта; документы на русском печатают их на казахском.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Text in Russian</source>
        <translation>Текст на русском</translation>
    </message>
    <message>
        <source>Text in Kazakh</source>
        <translation>Текст на казахском</translation>
    </message>
    <message>
        <source>&amp;Fill in</source>
        <translation>&amp;Заполнить</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Экспортировать всё равно</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>NameFormDialog</name>
    <message>
        <source>Change a form</source>
        <translation>Изменить форму</translation>
    </message>
    <message>
        <source>Add a form</source>
        <translation>Добавить форму</translation>
    </message>
    <message>
        <source>Documents decline names and positions by rule. Where a rule is wrong, store the right form: for a whole name or position, or for a surname alone. A stored form is printed instead of the rule's.</source>
        <translation>Документы склоняют имена и должности по правилам. Где правило ошибается, сохраните верную форму — для имени или должности целиком или только для фамилии. Сохранённая форма печатается вместо формы по правилу.</translation>
    </message>
    <message>
        <source>a surname, a name with initials, a position</source>
        <translation>фамилия, фамилия с инициалами, должность — например, Ким или Ким А. В.</translation>
    </message>
    <message>
        <source>&amp;What the rule prints</source>
        <translation>&amp;Как по правилу</translation>
    </message>
    <message>
        <source>Fill in the form the rules give, to correct it rather than type it anew.</source>
        <translation>Подставить форму, которую дают правила, чтобы исправить её, а не набирать заново.</translation>
    </message>
    <message>
        <source>&amp;Nominative:</source>
        <translation>&amp;Именительный падеж:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Падеж:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Форма:</translation>
    </message>
</context>
<context>
    <name>NameFormModel</name>
    <message>
        <source>Name or position</source>
        <translation>Имя или должность</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Падеж</translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation>Печатаемая форма</translation>
    </message>
</context>
<context>
    <name>NameForms</name>
    <message>
        <source>genitive (whom? what of?)</source>
        <translation>родительный (кого? чего?)</translation>
    </message>
    <message>
        <source>dative (to whom?)</source>
        <translation>дательный (кому? чему?)</translation>
    </message>
    <message>
        <source>accusative (whom? what?)</source>
        <translation>винительный (кого? что?)</translation>
    </message>
    <message>
        <source>instrumental (by whom?)</source>
        <translation>творительный (кем? чем?)</translation>
    </message>
    <message>
        <source>prepositional (about whom?)</source>
        <translation>предложный (о ком? о чём?)</translation>
    </message>
</context>
<context>
    <name>NameFormsTab</name>
    <message>
        <source>Russian documents decline names and positions by rule: the speaker after «HEARD:» in the accusative, the head of an agency a letter is addressed to in the dative. The forms stored here are printed instead of the rule's.</source>
        <translation>Документы на русском языке склоняют имена и должности по правилам: докладчика после «СЛУШАЛИ:» — в винительном падеже («Нурланову А. Е.»), руководителя органа, которому адресовано письмо, — в дательном («Начальнику отдела полиции … Касымову Е. Б.»). Сохранённые здесь формы печатаются вместо форм по правилу.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Add form…</source>
        <translation>&amp;Добавить форму…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove a form</source>
        <translation>Удалить форму</translation>
    </message>
    <message>
        <source>Remove the stored form of «{name}»? Documents will follow the rule again.</source>
        <translation>Удалить сохранённую форму «{name}»? Документы снова будут следовать правилу.</translation>
    </message>
</context>
<context>
    <name>NameHistoryBox</name>
    <message>
        <source>Name and legal basis over time</source>
        <translation>Название и правовая основа по периодам</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
</context>
<context>
    <name>NameHistoryModel</name>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>с начала</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Akim's decision</source>
        <translation>Решение акима</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>of {date}</source>
        <translation>от {date}</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>A few letters of the surname, or the IIN</source>
        <translation>Несколько букв фамилии или ИИН</translation>
    </message>
    <message>
        <source>&amp;Find the client:</source>
        <translation>&amp;Найти клиента:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Дата открытия:</translation>
    </message>
    <message>
        <source>&amp;Assessment notes:</source>
        <translation>&amp;Оценка ситуации:</translation>
    </message>
    <message>
        <source>{name}, born {born}, IIN {iin}</source>
        <translation>{name}, {born} г. р., ИИН {iin}</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>e.g. the akimat's assembly hall</source>
        <translation>например, актовый зал акимата</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Number in the year:</source>
        <translation>&amp;Номер в году:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>На&amp;чало:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место проведения:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Форма проведения:</translation>
    </message>
    <message>
        <source>The number is the next free one in the meeting's year; change it if the commission numbers its meetings otherwise. Everything else can be completed later on the meeting's page.</source>
        <translation>Номер — следующий свободный в году проведения заседания; измените его, если комиссия нумерует заседания иначе. Остальные сведения можно заполнить позже на странице заседания.</translation>
    </message>
</context>
<context>
    <name>NoticeCaseDialog</name>
    <message>
        <source>Case from a release notice</source>
        <translation>Дело по извещению об освобождении</translation>
    </message>
    <message>
        <source>Notices recorded without an IIN wait here. Choose the notice, check the name against the documents and enter the IIN: the person is found on the register (or entered on it) and a draft case is opened.</source>
        <translation>Здесь ждут извещения, принятые без ИИН. Выберите извещение, сверьте ФИО с документами и введите ИИН: лицо будет найдено в учете (или поставлено на учет), и откроется проект дела.</translation>
    </message>
    <message>
        <source>No release notice is waiting for an IIN.</source>
        <translation>Нет извещений об освобождении, ожидающих ИИН.</translation>
    </message>
    <message>
        <source>{name}, release on {release}</source>
        <translation>{name}, освобождение {release}</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известна</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>Изв&amp;ещение:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>II&amp;N:</source>
        <translation>ИИ&amp;Н:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Потребности:</translation>
    </message>
    <message>
        <source>Received on {day} from {institution}.</source>
        <translation>Поступило {day}: {institution}.</translation>
    </message>
    <message>
        <source>Needs: {text}</source>
        <translation>Потребности: {text}</translation>
    </message>
</context>
<context>
    <name>OblastDecisionsModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
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
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Report sent on {date}</source>
        <translation>Информация направлена {date}</translation>
    </message>
    <message>
        <source>Report returned for rework</source>
        <translation>Информация возвращена на доработку</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>На исполнении</translation>
    </message>
</context>
<context>
    <name>OfficerHomeArea</name>
    <message>
        <source>This page is for probation officers.</source>
        <translation>Эта страница предназначена для сотрудников пробации.</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <source>&amp;Release notice…</source>
        <translation>&amp;Извещение об освобождении…</translation>
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
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Open measures</source>
        <translation>Меры в работе</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Поставлен на учёт</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>My measures due soon and overdue</source>
        <translation>Мои мероприятия: срок истекает и просроченные</translation>
    </message>
    <message>
        <source>My cases without a programme</source>
        <translation>Мои дела без программы</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Мои клиенты</translation>
    </message>
    <message>
        <source>Overdue measures: {overdue}. Due soon: {due_soon}. Cases without a programme: {drafts}. Clients: {clients}.</source>
        <translation>Просрочено мероприятий: {overdue}. Срок истекает: {due_soon}. Дел без программы: {drafts}. Клиентов: {clients}.</translation>
    </message>
    <message>
        <source> (commission's decision)</source>
        <translation> (решение комиссии)</translation>
    </message>
    <message>
        <source>My measures due soon and overdue ({count})</source>
        <translation>Мои мероприятия: срок истекает и просроченные ({count})</translation>
    </message>
    <message>
        <source>My cases without a programme ({count})</source>
        <translation>Мои дела без программы ({count})</translation>
    </message>
    <message>
        <source>My clients ({count})</source>
        <translation>Мои клиенты ({count})</translation>
    </message>
    <message>
        <source>Transferred from</source>
        <translation>Откуда передан</translation>
    </message>
    <message>
        <source>Transferred on</source>
        <translation>Дата передачи</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Сотрудник пробации</translation>
    </message>
    <message>
        <source>New: transferred to my district</source>
        <translation>Новые: переданы в мой район</translation>
    </message>
    <message>
        <source>New: transferred to my district ({count})</source>
        <translation>Новые: переданы в мой район ({count})</translation>
    </message>
</context>
<context>
    <name>OutgoingRegisterDialog</name>
    <message>
        <source>Outgoing letters</source>
        <translation>Исходящие письма</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Все организации</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
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
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Cites No.</source>
        <translation>Ссылка на №</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>&amp;Open the letter</source>
        <translation>&amp;Открыть письмо</translation>
    </message>
    <message>
        <source>&amp;Save as .xlsx…</source>
        <translation>&amp;Сохранить в .xlsx…</translation>
    </message>
    <message>
        <source>Outgoing_letters_{date}</source>
        <translation>Исходящие_письма_{date}</translation>
    </message>
    <message>
        <source>Save the register of outgoing letters</source>
        <translation>Сохранить журнал исходящих писем</translation>
    </message>
    <message>
        <source>Saving the register of outgoing letters…</source>
        <translation>Сохранение журнала исходящих писем…</translation>
    </message>
    <message>
        <source>Outgoing letters…</source>
        <translation>Исходящие письма…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for {login}</source>
        <translation>Новый пароль для {login}</translation>
    </message>
    <message>
        <source>Tell {name} the new password in person; it also unlocks the account.</source>
        <translation>Сообщите новый пароль лично ({name}); смена пароля также снимает блокировку учётной записи.</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Не менее {n} символов</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>PhraseBook</name>
    <message>
        <source>{kind}: the sentence of the minutes</source>
        <translation>{kind}: фраза протокола</translation>
    </message>
    <message>
        <source>Control of execution assigned to</source>
        <translation>Контроль за исполнением возложить на</translation>
    </message>
    <message>
        <source>Title of the standing item</source>
        <translation>Название постоянного вопроса</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Любое решение</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыта</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменена</translation>
    </message>
    <message>
        <source>as shipped</source>
        <translation>исходная</translation>
    </message>
</context>
<context>
    <name>PhraseBookTab</name>
    <message>
        <source>Standard phrases of decisions and minutes in Russian and Kazakh. Choosing one beside a decision's text fills both languages; the minutes print the note, removal and extension sentences as corrected here.</source>
        <translation>Типовые фразы решений и протоколов на русском и казахском языках. Выбор фразы рядом с текстом решения заполняет оба языка; протокол печатает фразы «принять к сведению», «снять с контроля» и «продлить срок» в том виде, в каком они исправлены здесь.</translation>
    </message>
    <message>
        <source>&amp;Add phrase…</source>
        <translation>&amp;Добавить фразу…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>&amp;Reset to shipped</source>
        <translation>&amp;Вернуть исходную</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показывать</translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <source>Change a phrase</source>
        <translation>Изменение фразы</translation>
    </message>
    <message>
        <source>Add a phrase</source>
        <translation>Новая фраза</translation>
    </message>
    <message>
        <source>Type the phrase in both languages: choosing it fills the Russian and the Kazakh text at once. Words in braces, such as {date}, are filled in by the program.</source>
        <translation>Введите фразу на обоих языках: при выборе она заполняет русский и казахский текст сразу. Слова в фигурных скобках, например {date}, подставляет программа.</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Любое решение</translation>
    </message>
    <message>
        <source>&amp;Decision kind:</source>
        <translation>&amp;Вид решения:</translation>
    </message>
    <message>
        <source>&amp;Russian:</source>
        <translation>&amp;Русский:</translation>
    </message>
    <message>
        <source>&amp;Kazakh:</source>
        <translation>&amp;Казахский:</translation>
    </message>
    <message>
        <source>As shipped: «{ru}» / «{kk}»</source>
        <translation>Исходный текст: «{ru}» / «{kk}»</translation>
    </message>
</context>
<context>
    <name>PhraseModel</name>
    <message>
        <source>For</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>PhrasePicker</name>
    <message>
        <source>Phrases</source>
        <translation>Фразы</translation>
    </message>
    <message>
        <source>Insert a standard phrase in both languages</source>
        <translation>Вставить типовую фразу на обоих языках</translation>
    </message>
    <message>
        <source>No phrases for this kind of decision</source>
        <translation>Для этого вида решения фраз нет</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Новый срок</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <source>New question of the plan</source>
        <translation>Новый вопрос плана работы</translation>
    </message>
    <message>
        <source>Question of the plan</source>
        <translation>Вопрос плана работы</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Квартал:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>&amp;Responsible agency:</source>
        <translation>&amp;Ответственный исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Докладчик:</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
</context>
<context>
    <name>PoliceFigures</name>
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
        <source>by persons on the probation register</source>
        <translation>лицами, состоящими на учёте пробации</translation>
    </message>
    <message>
        <source>Administrative offences</source>
        <translation>Административные правонарушения</translation>
    </message>
    <message>
        <source>Preventive measures held</source>
        <translation>Проведено профилактических мероприятий</translation>
    </message>
    <message>
        <source>Citizens' appeals</source>
        <translation>Обращения граждан</translation>
    </message>
</context>
<context>
    <name>PoliceFiguresButton</name>
    <message>
        <source>Figures of the &amp;police report…</source>
        <translation>&amp;Показатели отчёта полиции…</translation>
    </message>
    <message>
        <source>The figures the police chief presented, with the same quarter of last year; the minutes print them as a table.</source>
        <translation>Показатели, представленные начальником полиции, рядом с тем же кварталом прошлого года; в протоколе они печатаются таблицей.</translation>
    </message>
</context>
<context>
    <name>PoliceFiguresDialog</name>
    <message>
        <source>Figures of the police report</source>
        <translation>Показатели отчёта полиции</translation>
    </message>
    <message>
        <source>Quarter {quarter}</source>
        <translation>{quarter} квартал</translation>
    </message>
    <message>
        <source>The &amp;quarter reported:</source>
        <translation>&amp;Отчётный квартал:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Note (printed under the table)</source>
        <translation>Примечание (печатается под таблицей)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Same quarter last year</source>
        <translation>Тот же квартал прошлого года</translation>
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
        <source>Unsaved figures</source>
        <translation>Несохранённые показатели</translation>
    </message>
    <message>
        <source>The figures were changed. Save them?</source>
        <translation>Показатели изменены. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>ProbationRegisters</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Clients_register_{date}</source>
        <translation>Реестр_клиентов_{date}</translation>
    </message>
    <message>
        <source>Save the clients register</source>
        <translation>Сохранить реестр клиентов</translation>
    </message>
    <message>
        <source>Saving the clients register…</source>
        <translation>Сохранение реестра клиентов…</translation>
    </message>
    <message>
        <source>Cases_register_{date}</source>
        <translation>Реестр_дел_{date}</translation>
    </message>
    <message>
        <source>Save the cases register</source>
        <translation>Сохранить реестр дел</translation>
    </message>
    <message>
        <source>Saving the cases register…</source>
        <translation>Сохранение реестра дел…</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
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
        <source>Lead agency</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>PutOnAgendaDialog</name>
    <message>
        <source>Put on the agenda</source>
        <translation>Включение в повестку дня</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Заседание:</translation>
    </message>
    <message>
        <source>&amp;Kind of item:</source>
        <translation>&amp;Вид вопроса:</translation>
    </message>
    <message>
        <source>There is no planned meeting to put the question on. Create one first.</source>
        <translation>Нет запланированного заседания, в повестку которого можно включить вопрос. Сначала создайте заседание.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Sent on</source>
        <translation>Дата направления</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Decision it comes from</source>
        <translation>Исходное решение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>On the agenda of meeting No. {number} of {date}</source>
        <translation>В повестке заседания № {number} от {date}</translation>
    </message>
    <message>
        <source>Declined: {reason}</source>
        <translation>Отклонён: {reason}</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Направлен</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Speakers: {names}</source>
        <translation>Докладчик: {names}</translation>
    </message>
    <message>
        <source>Decisions: {count}</source>
        <translation>Решений: {count}</translation>
    </message>
    <message>
        <source>No term</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>By a date</source>
        <translation>До указанной даты</translation>
    </message>
    <message>
        <source>Within N calendar days</source>
        <translation>В течение N календарных дней</translation>
    </message>
    <message>
        <source>Within N working days</source>
        <translation>В течение N рабочих дней</translation>
    </message>
    <message>
        <source>Periodically</source>
        <translation>Периодически</translation>
    </message>
    <message>
        <source>Permanently (reviewed at each meeting)</source>
        <translation>Постоянно (на каждом заседании)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Ежеквартально</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Раз в полугодие</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>by {date} (control: {due})</source>
        <translation>до {date} (контроль: {due})</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>{term} (by {date})</source>
        <translation>{term} (до {date})</translation>
    </message>
    <message>
        <source>{count} calendar days</source>
        <translation>{count} календ. дн.</translation>
    </message>
    <message>
        <source>{count} working days</source>
        <translation>{count} раб. дн.</translation>
    </message>
    <message>
        <source>{period}, by day {day} of the next month</source>
        <translation>{period}, до {day} числа месяца, следующего за отчётным периодом</translation>
    </message>
    <message>
        <source>{term}; first {date}</source>
        <translation>{term}; первый срок — {date}</translation>
    </message>
    <message>
        <source>{term}; until {date}</source>
        <translation>{term}; контроль до {date}</translation>
    </message>
    <message>
        <source>Permanently</source>
        <translation>Постоянно</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>«for» — {votes_for}, «against» — {against}, «abstained» — {abstained}</source>
        <translation>«за» — {votes_for}, «против» — {against}, «воздержались» — {abstained}</translation>
    </message>
    <message>
        <source>Adopted by the chair's casting vote: {counts}</source>
        <translation>Принято решающим голосом председателя: {counts}</translation>
    </message>
    <message>
        <source>Not adopted: the chair voted against on a tie. {counts}</source>
        <translation>Не принято: при равенстве голосов председатель голосовал «против». {counts}</translation>
    </message>
    <message>
        <source>Adopted: {counts}</source>
        <translation>Принято: {counts}</translation>
    </message>
    <message>
        <source>Not adopted: the votes are tied. {counts}</source>
        <translation>Не принято: голоса разделились поровну. {counts}</translation>
    </message>
    <message>
        <source>Not adopted: «for» are not more than half of the {present} voting members present. {counts}</source>
        <translation>Не принято: голосов «за» не больше половины от {present} присутствующих членов с правом голоса. {counts}</translation>
    </message>
    <message>
        <source>Not adopted: {counts}</source>
        <translation>Не принято: {counts}</translation>
    </message>
    <message>
        <source>No vote</source>
        <translation>Без голосования</translation>
    </message>
    <message>
        <source>Adopted ({counts}, chair's vote)</source>
        <translation>Принято ({counts}, голос председателя)</translation>
    </message>
    <message>
        <source>Not adopted ({counts}, chair's vote)</source>
        <translation>Не принято ({counts}, голос председателя)</translation>
    </message>
    <message>
        <source>Adopted ({counts})</source>
        <translation>Принято ({counts})</translation>
    </message>
    <message>
        <source>Not adopted ({counts})</source>
        <translation>Не принято ({counts})</translation>
    </message>
    <message>
        <source>The chair voted «for»</source>
        <translation>Председатель голосовал «за»</translation>
    </message>
    <message>
        <source>The chair voted «against»</source>
        <translation>Председатель голосовал «против»</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <source>point {point} of minutes {minutes}</source>
        <translation>п. {point} протокола {minutes}</translation>
    </message>
    <message>
        <source>No. {number} — {initials}</source>
        <translation>№ {number} — {initials}</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Control_register_{date}</source>
        <translation>Контрольный_реестр_{date}</translation>
    </message>
    <message>
        <source>Save the control register</source>
        <translation>Сохранить контрольный реестр</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving the control register…</source>
        <translation>Сохранение контрольного реестра…</translation>
    </message>
    <message>
        <source>Letters to agencies</source>
        <translation>Письма в организации</translation>
    </message>
    <message>
        <source>Write {count} letter(s) to the agencies into {folder}?</source>
        <translation>Подготовить письма в организации (всего: {count}) в папке {folder}?</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Подготовка писем…</translation>
    </message>
    <message>
        <source>{count} letter(s) written to {folder}.</source>
        <translation>Писем подготовлено: {count}. Папка: {folder}.</translation>
    </message>
    <message>
        <source>{count} of them were already in the outgoing register and are printed again with their numbers.</source>
        <translation>Писем, уже зарегистрированных в журнале исходящих и напечатанных повторно под своими номерами: {count}.</translation>
    </message>
    <message>
        <source>No agency has decisions due soon or overdue: no letters to write.</source>
        <translation>Ни у одной организации нет решений с истекающим или пропущенным сроком: писем не требуется.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Папка для писем</translation>
    </message>
</context>
<context>
    <name>ReleaseNoticeDialog</name>
    <message>
        <source>Release notice</source>
        <translation>Извещение об освобождении</translation>
    </message>
    <message>
        <source>With the IIN the person is found on the register (or entered on it) and a draft case is opened with the needs named; without it the notice is kept until the IIN is known.</source>
        <translation>По ИИН лицо находится в учете (или ставится на учет) и открывается проект дела с указанными потребностями; без ИИН извещение сохраняется до тех пор, пока ИИН не станет известен.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известна</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Дата &amp;получения:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>II&amp;N:</source>
        <translation>ИИ&amp;Н:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>E&amp;xpected release:</source>
        <translation>Ожидаемая дата о&amp;свобождения:</translation>
    </message>
    <message>
        <source>&amp;Chosen residence:</source>
        <translation>Избранное место &amp;жительства:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Потребности:</translation>
    </message>
    <message>
        <source>Needs in the no&amp;tice's words:</source>
        <translation>Потребности &amp;в формулировке извещения:</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Execution deadlines</source>
        <translation>Сроки исполнения</translation>
    </message>
    <message>
        <source>Overdue: {overdue}. Due soon: {due_soon}.</source>
        <translation>Просрочено: {overdue}. Срок истекает: {due_soon}.</translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation>№ решения</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Deadlines of my measures</source>
        <translation>Сроки моих мероприятий</translation>
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
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Open the decisions register</source>
        <translation>Открыть раздел «Решения»</translation>
    </message>
    <message>
        <source>Open my cases</source>
        <translation>Открыть «Мои дела»</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s).</source>
        <translation>
            <numerusform>%Ln напоминание.</numerusform>
            <numerusform>%Ln напоминания.</numerusform>
            <numerusform>%Ln напоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by {n} working day(s)</source>
        <translation>просрочено на {n} раб. дн.</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>срок истекает сегодня</translation>
    </message>
    <message>
        <source>due in {n} working day(s)</source>
        <translation>срок через {n} раб. дн.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename the commission</source>
        <translation>Переименование комиссии</translation>
    </message>
    <message>
        <source>Minutes, extracts and the other documents of meetings held from this date print the new name; those of earlier meetings keep the old one.</source>
        <translation>Протоколы, выписки и другие документы заседаний, проведённых с этой даты, печатаются с новым названием; документы прежних заседаний сохраняют прежнее.</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Полное название:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Краткое название:</translation>
    </message>
    <message>
        <source>In the minutes' &amp;title:</source>
        <translation>В &amp;заголовке протокола:</translation>
    </message>
    <message>
        <source>Akim's decision: t&amp;ype:</source>
        <translation>Решение акима: &amp;вид:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Д&amp;ата:</translation>
    </message>
    <message>
        <source>&amp;What it decided:</source>
        <translation>&amp;Содержание решения:</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation>I квартал</translation>
    </message>
    <message>
        <source>Quarter II</source>
        <translation>II квартал</translation>
    </message>
    <message>
        <source>Quarter III</source>
        <translation>III квартал</translation>
    </message>
    <message>
        <source>Quarter IV</source>
        <translation>IV квартал</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Document language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>Statistics to E&amp;xcel…</source>
        <translation>Статистика в E&amp;xcel…</translation>
    </message>
    <message>
        <source>Statistics to &amp;Word…</source>
        <translation>Статистика в &amp;Word…</translation>
    </message>
    <message>
        <source>P&amp;ublic report</source>
        <translation>&amp;Публичный отчёт</translation>
    </message>
    <message>
        <source>Public report as .{format}…</source>
        <translation>Публичный отчёт в формате .{format}…</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Основные показатели</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Показатели загружаются…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Отчёт сохраняется…</translation>
    </message>
    <message>
        <source>Saved: {name}. &lt;a href="open"&gt;Open&lt;/a&gt; &amp;nbsp; &lt;a href="folder"&gt;Show folder&lt;/a&gt;</source>
        <translation>Сохранено: {name}. &lt;a href="open"&gt;Открыть&lt;/a&gt; &amp;nbsp; &lt;a href="folder"&gt;Показать папку&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>RequiredItemDialog</name>
    <message>
        <source>Change a required item</source>
        <translation>Изменение обязательного вопроса</translation>
    </message>
    <message>
        <source>Add a required item</source>
        <translation>Новый обязательный вопрос</translation>
    </message>
    <message>
        <source>The work plan proposes the item in the quarters it is due, and the main page warns when a quarter ends without an agenda item of its kind heard.</source>
        <translation>План работы предлагает вопрос в тех кварталах, когда его положено рассмотреть, а главная страница предупреждает, если квартал заканчивается без рассмотренного вопроса этого вида.</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Периодичность:</translation>
    </message>
    <message>
        <source>&amp;Kind of agenda item:</source>
        <translation>&amp;Вид вопроса повестки:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>П&amp;равовая основа:</translation>
    </message>
</context>
<context>
    <name>RequiredItemModel</name>
    <message>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <source>Kind of agenda item</source>
        <translation>Вид вопроса повестки</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовая основа</translation>
    </message>
</context>
<context>
    <name>RequiredItems</name>
    <message>
        <source>Every quarter</source>
        <translation>Ежеквартально</translation>
    </message>
    <message>
        <source>Every half-year</source>
        <translation>Раз в полугодие</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Ежегодно</translation>
    </message>
</context>
<context>
    <name>RequiredItemsTab</name>
    <message>
        <source>What the law and the commission's regulation require it to hear, and how often: the police chief's report every quarter (order of the Minister of Internal Affairs No. 608), the assessment of support to persons and families in a difficult life situation every half-year (Law No. 245-VIII, art. 72 p. 4), and the items of the regulation.</source>
        <translation>Вопросы, которые закон и положение о комиссии требуют рассматривать, и их периодичность: отчёт начальника полиции — ежеквартально (приказ Министра внутренних дел № 608), оценка поддержки лиц и семей, находящихся в трудной жизненной ситуации, — раз в полугодие (п. 4 ст. 72 Закона № 245-VIII), а также вопросы, установленные положением.</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Добавить вопрос…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove a required item</source>
        <translation>Удаление обязательного вопроса</translation>
    </message>
    <message>
        <source>Remove «{title}» from the required items? The questions already in the work plan stay; the plan no longer proposes it and the main page no longer warns about it.</source>
        <translation>Исключить «{title}» из обязательных вопросов? Вопросы, уже внесённые в план работы, останутся; план больше не будет его предлагать, а главная страница — предупреждать о нём.</translation>
    </message>
</context>
<context>
    <name>RequiredProposals</name>
    <message>
        <source>Required items not included in the plan</source>
        <translation>Обязательные вопросы, не включённые в план</translation>
    </message>
    <message>
        <source>&amp;Include in the plan</source>
        <translation>&amp;Включить в план</translation>
    </message>
    <message>
        <source>Add the selected item to the plan in each quarter where it is missing.</source>
        <translation>Добавить выбранный вопрос в план в каждый квартал, где его нет.</translation>
    </message>
    <message>
        <source>The law and the commission's regulation require these items; the plan of the year does not have them in every quarter where they are due.</source>
        <translation>Закон и положение о комиссии требуют рассматривать эти вопросы; в плане на год их нет в некоторых кварталах, когда их положено рассмотреть.</translation>
    </message>
</context>
<context>
    <name>RequiredWarning</name>
    <message>
        <source>In quarter {quarter} of {year}, not heard: {item}</source>
        <translation>В {quarter} квартале {year} г. не рассмотрен вопрос: {item}</translation>
    </message>
    <message>
        <source>In half-year {half} of {year}, not heard: {item}</source>
        <translation>За {half} полугодие {year} г. не рассмотрен вопрос: {item}</translation>
    </message>
    <message>
        <source>In {year}, not heard: {item}</source>
        <translation>В {year} г. не рассмотрен вопрос: {item}</translation>
    </message>
    <message>
        <source>(the period ends on {date})</source>
        <translation>(период заканчивается {date})</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find everywhere</source>
        <translation>Найти везде</translation>
    </message>
    <message>
        <source>Meeting number, decision, agency, client or case…</source>
        <translation>Номер заседания, решение, организация, клиент или дело…</translation>
    </message>
    <message>
        <source>Meeting number, decision or agency…</source>
        <translation>Номер заседания, решение или организация…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Nothing found. Try a part of a word or a number.</source>
        <translation>Ничего не найдено. Попробуйте часть слова или номер.</translation>
    </message>
    <message>
        <source>Enter or a double click opens the record.</source>
        <translation>Enter или двойной щелчок открывает запись.</translation>
    </message>
</context>
<context>
    <name>SendQuestionDialog</name>
    <message>
        <source>Send a question to the oblast commission</source>
        <translation>Направление вопроса в областную комиссию</translation>
    </message>
    <message>
        <source>— a new question —</source>
        <translation>— новый вопрос —</translation>
    </message>
    <message>
        <source>&amp;From the decision:</source>
        <translation>&amp;Из решения:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>This is not a database address. Example: {example}</source>
        <translation>Это не адрес базы данных. Пример: {example}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>This computer (database file)</source>
        <translation>Этот компьютер (файл базы данных)</translation>
    </message>
    <message>
        <source>Shared server (PostgreSQL)</source>
        <translation>Общий сервер (PostgreSQL)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Enter the server's name or address, or choose this computer.</source>
        <translation>Укажите имя или адрес сервера либо выберите этот компьютер.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Укажите имя базы данных на сервере.</translation>
    </message>
    <message>
        <source>Enter the user name the administrator gave you.</source>
        <translation>Укажите имя пользователя, выданное администратором.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>In use now: {url}</source>
        <translation>Сейчас используется: {url}</translation>
    </message>
    <message>
        <source>The template shipped with the program</source>
        <translation>Шаблон из комплекта программы</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>This computer's &amp;template (.docx):</source>
        <translation>&amp;Шаблон этого компьютера (.docx):</translation>
    </message>
    <message>
        <source>Used only for a commission with no template of its own; a commission's template is chosen in the administration, on the commission's settings.</source>
        <translation>Используется только для комиссии без собственного шаблона; шаблон комиссии выбирается в администрировании, в настройках комиссии.</translation>
    </message>
    <message>
        <source>A new language or database takes effect at once; you will be asked to log in again.</source>
        <translation>Новый язык или база данных применяются сразу; потребуется снова войти в систему.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Commission database (*.sqlite3)</source>
        <translation>База данных «Комиссии» (*.sqlite3)</translation>
    </message>
    <message>
        <source>Minutes template</source>
        <translation>Шаблон протокола</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Подключение установлено.</translation>
    </message>
    <message>
        <source>The database could not be opened; settings not saved.</source>
        <translation>Не удалось открыть базу данных; настройки не сохранены.</translation>
    </message>
    <message>
        <source>The settings file cannot be written.</source>
        <translation>Не удаётся записать файл настроек.</translation>
    </message>
</context>
<context>
    <name>SignWithoutScanDialog</name>
    <message>
        <source>Signed without the scan</source>
        <translation>Подписан без скана</translation>
    </message>
    <message>
        <source>The scan of the signed minutes is not attached. As the chair you may record the signature without it; say why (the reason is kept with the meeting).</source>
        <translation>Скан подписанного протокола не приложен. Как председатель, вы можете отметить подписание без него; укажите причину (она сохраняется в заседании).</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>SignedScanBox</name>
    <message>
        <source>Signed minutes</source>
        <translation>Подписанный протокол</translation>
    </message>
    <message>
        <source>&amp;Attach the scan of the signed minutes…</source>
        <translation>&amp;Приложить скан подписанного протокола…</translation>
    </message>
    <message>
        <source>A PDF or an image (JPEG, PNG, TIFF) of the pages with the signatures.</source>
        <translation>PDF или изображение (JPEG, PNG, TIFF) страниц с подписями.</translation>
    </message>
    <message>
        <source>&amp;Open the scan</source>
        <translation>&amp;Открыть скан</translation>
    </message>
    <message>
        <source>Revision {revision}: {name}, added {date} by {user}</source>
        <translation>Редакция {revision}: {name}, приложен {date}, {user}</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
    <message>
        <source>When the minutes are final and signed, attach the scan of the signed copy.</source>
        <translation>Когда протокол станет окончательным и будет подписан, приложите скан подписанного экземпляра.</translation>
    </message>
    <message>
        <source>The signed copy of the latest revision is attached.</source>
        <translation>Скан подписанного экземпляра последней редакции приложен.</translation>
    </message>
    <message>
        <source>The minutes are recorded as signed; the scan of the signed copy is not attached yet.</source>
        <translation>Протокол отмечен подписанным; скан подписанного экземпляра ещё не приложен.</translation>
    </message>
    <message>
        <source>Attach the scan of the signed copy of revision {revision}: «Signed» needs it.</source>
        <translation>Приложите скан подписанного экземпляра редакции {revision}: без него нельзя отметить «Подписан».</translation>
    </message>
    <message>
        <source>The scan of the signed minutes</source>
        <translation>Скан подписанного протокола</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Сканы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <source>Check what will be saved</source>
        <translation>Проверьте, что будет сохранено</translation>
    </message>
    <message>
        <source>Press «Finish» to create the database, the administrator and the commission. To correct something, go «Back»: nothing is lost.</source>
        <translation>Нажмите «Готово», чтобы создать базу данных, администратора и комиссию. Чтобы что-то исправить, вернитесь «Назад» — введённое не потеряется.</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Columns as the program lays them out</source>
        <translation>Столбцы как в программе по умолчанию</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <source>Words of the decision, or its point, e.g. 1.2</source>
        <translation>Слова из текста решения или номер пункта, например 1.2</translation>
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
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Исполнитель</translation>
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
        <source>New term</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <source>No point chosen yet: tick the decisions concerned.</source>
        <translation>Пункты не выбраны: отметьте нужные решения.</translation>
    </message>
    <message>
        <source>{point} → {date}</source>
        <translation>{point} → {date}</translation>
    </message>
    <message>
        <source>Chosen: {points}</source>
        <translation>Выбрано: {points}</translation>
    </message>
</context>
<context>
    <name>TemplateBox</name>
    <message>
        <source>Document template</source>
        <translation>Шаблон документов</translation>
    </message>
    <message>
        <source>Minutes, extracts, letters, the work plan and programmes of this commission are written on this Word template: its letterhead, margins and styles. It is kept in the database, so every computer prints on the same blank. To make one, save a copy, put the akimat's letterhead on it in Word and choose it here.</source>
        <translation>Протоколы, выписки, письма, план работы и программы этой комиссии оформляются на этом шаблоне Word: его бланке, полях и стилях. Шаблон хранится в базе данных, поэтому все компьютеры печатают на одном бланке. Чтобы сделать свой, сохраните копию, добавьте в Word бланк акимата и выберите файл здесь.</translation>
    </message>
    <message>
        <source>C&amp;hoose a Word file…</source>
        <translation>Выбрать &amp;файл Word…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Сохранить копию &amp;шаблона…</translation>
    </message>
    <message>
        <source>Use the program's templa&amp;te</source>
        <translation>Вернуть шаб&amp;лон программы</translation>
    </message>
    <message>
        <source>The template shipped with the program.</source>
        <translation>Шаблон, поставляемый с программой.</translation>
    </message>
    <message>
        <source>«{name}», {size} KB.</source>
        <translation>«{name}», {size} КБ.</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Документы и шаблоны Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Documents are now written on «{name}».</source>
        <translation>Теперь документы оформляются на шаблоне «{name}».</translation>
    </message>
    <message>
        <source>template.docx</source>
        <translation>шаблон.docx</translation>
    </message>
    <message>
        <source>Save a copy of the template</source>
        <translation>Сохранить копию шаблона</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Write this commission's documents on the program's template instead of the akimat's blank?</source>
        <translation>Оформлять документы этой комиссии на шаблоне программы вместо бланка акимата?</translation>
    </message>
    <message>
        <source>Documents are written on the program's template.</source>
        <translation>Документы оформляются на шаблоне программы.</translation>
    </message>
</context>
<context>
    <name>TermBox</name>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>The point has no term of its own.</source>
        <translation>Собственного срока у пункта нет.</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>Wit&amp;hin:</source>
        <translation>В те&amp;чение:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Окончание контрол&amp;я:</translation>
    </message>
    <message>
        <source>&amp;Reporting:</source>
        <translation>Периоди&amp;чность:</translation>
    </message>
    <message>
        <source>by da&amp;y:</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <source>of the month after the period</source>
        <translation>числа месяца после отчётного периода</translation>
    </message>
    <message>
        <source>Permanently on control: reviewed at each meeting, with no due date.</source>
        <translation>Постоянно на контроле: рассматривается на каждом заседании, без срока исполнения.</translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation>Вид с&amp;рока:</translation>
    </message>
    <message>
        <source>calendar days after the meeting</source>
        <translation>календарных дней после заседания</translation>
    </message>
    <message>
        <source>working days after the meeting</source>
        <translation>рабочих дней после заседания</translation>
    </message>
    <message>
        <source>day off: {name}</source>
        <translation>выходной: {name}</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной день</translation>
    </message>
    <message>
        <source>{date} (moved from {raw} — {why})</source>
        <translation>{date} (перенесено с {raw} — {why})</translation>
    </message>
    <message>
        <source>No term: the instruction stays on control without a date.</source>
        <translation>Без срока: поручение остаётся на контроле без даты исполнения.</translation>
    </message>
    <message>
        <source>No term.</source>
        <translation>Без срока.</translation>
    </message>
    <message>
        <source>Permanently: reviewed at each meeting, no due date.</source>
        <translation>Постоянно: рассматривается на каждом заседании, без срока исполнения.</translation>
    </message>
    <message>
        <source>No reporting period ends before the end of control.</source>
        <translation>До окончания контроля не завершается ни один отчётный период.</translation>
    </message>
    <message>
        <source>Term: {term}</source>
        <translation>Срок: {term}</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Сроки: {terms}</translation>
    </message>
    <message numerus="yes">
        <source>{terms} and %n more</source>
        <translation>
            <numerusform>{terms} и ещё %n срок</numerusform>
            <numerusform>{terms} и ещё %n срока</numerusform>
            <numerusform>{terms} и ещё %n сроков</numerusform>
        </translation>
    </message>
    <message>
        <source>(counted to the end of next year; set «Until» to stop earlier)</source>
        <translation>(рассчитано до конца следующего года; чтобы завершить раньше, укажите «Окончание контроля»)</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>Transferred to {district} on {date}. This is the card and the history as they were that day; they can no longer be changed here.</source>
        <translation>Передан в {district} {date}. Это карточка и история дел на тот день; изменить их здесь уже нельзя.</translation>
    </message>
    <message>
        <source>Transferred from {source} to {district} on {date}</source>
        <translation>Передача: {source} → {district}, {date}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>№ дела</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to another district</source>
        <translation>Передача в другой район</translation>
    </message>
    <message>
        <source>The card and the cases with their whole history go to the probation service of the district the client moves to. Your district keeps a copy of the card and of the history as they are today, to read only.</source>
        <translation>Карточка и дела со всей историей переходят в службу пробации района, в который переезжает клиент. У вашего района остаётся копия карточки и истории на сегодняшний день — только для чтения.</translation>
    </message>
    <message>
        <source>e.g. change of residence</source>
        <translation>например, смена места жительства</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <source>Transferred &amp;on:</source>
        <translation>Дата пере&amp;дачи:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Officer &amp;who takes him over:</source>
        <translation>&amp;Сотрудник, принимающий клиента:</translation>
    </message>
    <message>
        <source>— the district assigns him —</source>
        <translation>— назначит район —</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>&amp;Don't save</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>User: {login}</source>
        <translation>Пользователь: {login}</translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. a.nurlanova</source>
        <translation>латинские буквы и цифры, например a.nurlanova</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>A probation officer sees only the clients of this district.</source>
        <translation>Сотрудник пробации видит только клиентов этого района.</translation>
    </message>
    <message>
        <source>Ac&amp;tive: may log in</source>
        <translation>&amp;Действует: вход разрешён</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Ф. И. О.:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>Р&amp;айон:</translation>
    </message>
    <message>
        <source>&amp;Commissions:</source>
        <translation>&amp;Комиссии:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Не менее {n} символов</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation>Пов&amp;тор пароля:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Комиссии</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>Неверных паролей</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить пар&amp;оль…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Let the next log-in try through at once and restart the count of wrong passwords (after several, each try waits up to a minute).</source>
        <translation>Сразу допустить следующую попытку входа и обнулить счётчик неверных паролей (после нескольких ошибок каждая попытка ждёт до минуты).</translation>
    </message>
</context>
<context>
    <name>VoteBox</name>
    <message>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Voting members present: {present} of {total} (quorum: {required}).</source>
        <translation>Присутствуют членов с правом голоса: {present} из {total} (кворум: {required}).</translation>
    </message>
    <message>
        <source>&amp;No vote taken</source>
        <translation>&amp;Без голосования</translation>
    </message>
    <message>
        <source>&amp;Voted:</source>
        <translation>&amp;Голосовали:</translation>
    </message>
    <message>
        <source>&amp;All present voted «for», except:</source>
        <translation>Все &amp;присутствующие — «за», кроме:</translation>
    </message>
    <message>
        <source>Names, e.g. «Li V. S.»</source>
        <translation>Фамилии, например «Ли В. С.»</translation>
    </message>
    <message>
        <source>«&amp;For»:</source>
        <translation>«&amp;За»:</translation>
    </message>
    <message>
        <source>«A&amp;gainst»:</source>
        <translation>«Прот&amp;ив»:</translation>
    </message>
    <message>
        <source>«Ab&amp;stained»:</source>
        <translation>«Возд&amp;ержались»:</translation>
    </message>
    <message>
        <source>Who voted against or abstained (na&amp;mes):</source>
        <translation>Кто голосовал «против» или воздержался (&amp;фамилии):</translation>
    </message>
    <message>
        <source>«for»</source>
        <translation>«за»</translation>
    </message>
    <message>
        <source>«against»</source>
        <translation>«против»</translation>
    </message>
    <message>
        <source>The votes are tied; the chair's vote decides. The chair voted</source>
        <translation>Голоса разделились поровну, голос председателя решающий. Председатель голосовал</translation>
    </message>
    <message>
        <source>No vote: the minutes give no vote results for this point.</source>
        <translation>Без голосования: итоги голосования по этому пункту в протокол не вносятся.</translation>
    </message>
    <message>
        <source>More «against» and «abstained» than voting members present ({n}).</source>
        <translation>Голосов «против» и «воздержались» больше, чем присутствует членов с правом голоса ({n}).</translation>
    </message>
    <message>
        <source>The votes are tied: say how the chair voted.</source>
        <translation>Голоса разделились поровну: укажите, как голосовал председатель.</translation>
    </message>
</context>
<context>
    <name>WorkPlanTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Add question…</source>
        <translation>&amp;Добавить вопрос…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Put on the a&amp;genda…</source>
        <translation>В&amp;ключить в повестку…</translation>
    </message>
    <message>
        <source>&amp;Mark as</source>
        <translation>&amp;Отметить как</translation>
    </message>
    <message>
        <source>Carried over to a later meeting</source>
        <translation>Перенесён на следующее заседание</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Снят с рассмотрения</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Рассмотрен</translation>
    </message>
    <message>
        <source>Planned again</source>
        <translation>Снова запланирован</translation>
    </message>
    <message>
        <source>&amp;Language of the documents:</source>
        <translation>&amp;Язык документов:</translation>
    </message>
    <message>
        <source>Save &amp;plan (.docx)…</source>
        <translation>&amp;Сохранить план (.docx)…</translation>
    </message>
    <message>
        <source>Save plan (.&amp;xlsx)…</source>
        <translation>Со&amp;хранить план (.xlsx)…</translation>
    </message>
    <message>
        <source>{count} question(s) in the plan of {year}; done: {done}.</source>
        <translation>Вопросов в плане работы на {year} год: {count}; рассмотрено: {done}.</translation>
    </message>
    <message>
        <source>Delete the question</source>
        <translation>Удаление вопроса</translation>
    </message>
    <message>
        <source>Delete this question from the plan?

{question}</source>
        <translation>Удалить этот вопрос из плана работы?

{question}</translation>
    </message>
    <message>
        <source>Work_plan_{year}</source>
        <translation>План_работы_{year}</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the work plan…</source>
        <translation>Запись плана работы…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
</TS>