<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Commission</source>
        <translation>«Комиссия» бағдарламасы туралы</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Нұсқасы {version}</translation>
    </message>
    <message>
        <source>Secretariat of the interagency commission for crime prevention and social support of persons on the probation register.</source>
        <translation>Құқық бұзушылық профилактикасы және пробация қызметінің есебінде тұрған адамдарды әлеуметтік қолдау жөніндегі ведомствоаралық комиссияның хатшылығы.</translation>
    </message>
    <message>
        <source>Licence: proprietary software of the akimat; all rights reserved.</source>
        <translation>Лицензия: әкімдіктің меншікті бағдарламалық қамтамасыз етуі; барлық құқықтар қорғалған.</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Дерекқор: {url}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Деректер қалтасы: {path}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>The account that adds all other users</source>
        <translation>Барлық басқа пайдаланушыларды тіркейтін есептік жазба</translation>
    </message>
    <message>
        <source>The administrator adds the secretary, the chair, probation officers and other users later, under Administration → Users. Keep the password safe: nobody can recover it.</source>
        <translation>Хатшыны, төрағаны, пробация қызметкерлерін және басқа пайдаланушыларды әкімші кейін «Әкімшілендіру → Пайдаланушылар» бөлімінде қосады. Құпиясөзді сенімді сақтаңыз: оны ешкім қалпына келтіре алмайды.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Құпиясөзді қа&amp;йталау:</translation>
    </message>
    <message>
        <source>Enter the administrator's full name.</source>
        <translation>Әкімшінің аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The password: at least {n} characters, not a common one and not the login. The login is written in Latin letters.</source>
        <translation>Құпиясөз кемінде {n} таңбадан тұрады, кең тараған құпиясөз болмауы және логинді қамтымауы тиіс. Логин латын әріптерімен жазылады.</translation>
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
        <translation>&amp;Құрамы</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пайдаланушылар</translation>
    </message>
    <message>
        <source>&amp;Working days</source>
        <translation>&amp;Жұмыс күндері</translation>
    </message>
    <message>
        <source>&amp;Name forms</source>
        <translation>&amp;Септік формалары</translation>
    </message>
    <message>
        <source>Au&amp;dit</source>
        <translation>&amp;Аудит</translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation>Сақ&amp;тық көшірмелер</translation>
    </message>
    <message>
        <source>&amp;Phrase book</source>
        <translation>&amp;Тіркестер жинағы</translation>
    </message>
    <message>
        <source>&amp;Required items</source>
        <translation>&amp;Міндетті мәселелер</translation>
    </message>
</context>
<context>
    <name>AgenciesArea</name>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>&amp;Белсенді еместерін көрсету</translation>
    </message>
    <message>
        <source>&amp;Add agency…</source>
        <translation>Ұйым &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>New agency</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <source>Agency: {name}</source>
        <translation>Ұйым: {name}</translation>
    </message>
    <message>
        <source>Same as in Russian if left empty</source>
        <translation>Толтырылмаса — орысша атауы</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Ac&amp;tive: receives instructions and letters</source>
        <translation>Бел&amp;сенді: тапсырмалар мен хаттар алады</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>Name (&amp;Russian):</source>
        <translation>Атауы (&amp;орысша):</translation>
    </message>
    <message>
        <source>Name (Ka&amp;zakh):</source>
        <translation>Атауы (қа&amp;зақша):</translation>
    </message>
    <message>
        <source>Short name (R&amp;ussian):</source>
        <translation>Қысқаша атауы (орыс&amp;ша):</translation>
    </message>
    <message>
        <source>Short &amp;name (Kazakh):</source>
        <translation>Қысқ&amp;аша атауы (қазақша):</translation>
    </message>
    <message>
        <source>&amp;BIN:</source>
        <translation>&amp;БСН:</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>Басш&amp;ысы:</translation>
    </message>
    <message>
        <source>Head's se&amp;x:</source>
        <translation>Басшының жы&amp;нысы:</translation>
    </message>
    <message>
        <source>Head's p&amp;osition:</source>
        <translation>Басшының &amp;лауазымы:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>Байланыс т&amp;ұлғасы:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>District &amp;governed:</source>
        <translation>Әкімдіктің &amp;ауданы (қаласы):</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Басшысы</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>New agenda item</source>
        <translation>Күн тәртібінің жаңа мәселесі</translation>
    </message>
    <message>
        <source>The question as the agenda states it, e.g. «On the social adaptation of …»</source>
        <translation>Күн тәртібіндегі мәселенің тұжырымы, мысалы «… әлеуметтік бейімделуі туралы»</translation>
    </message>
    <message>
        <source>Who reports, with the position, e.g. «head of the police department Kasymov E. B.»</source>
        <translation>Баяндамашы лауазымымен, мысалы «полиция бөлімінің бастығы Е. Б. Қасымов»</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Мәселе:</translation>
    </message>
    <message>
        <source>Speake&amp;rs:</source>
        <translation>Баяндамашыла&amp;р:</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>A&amp;genda:</source>
        <translation>&amp;Күн тәртібі:</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>Мәселе &amp;қосу…</translation>
    </message>
    <message>
        <source>Progress on &amp;earlier decisions</source>
        <translation>Шешімдердің &amp;орындалу барысы</translation>
    </message>
    <message>
        <source>Adds the standing item on the progress of decisions taken at earlier meetings as item 1, with every decision due since the previous meeting.</source>
        <translation>Бірінші мәселе ретінде «Бұрын қабылданған шешімдердің орындалу барысы» тұрақты мәселесін алдыңғы отырыстан кейін орындау мерзімі келген барлық шешімдермен бірге қосады.</translation>
    </message>
    <message>
        <source>Re&amp;move item…</source>
        <translation>Мәселені &amp;алып тастау…</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation>Мәселені жоғары жылжыту (Alt+↑)</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation>Мәселені төмен жылжыту (Alt+↓)</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Мәселені жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Мәселені төмен жылжыту</translation>
    </message>
    <message>
        <source>Drag an item, or press Alt+Up / Alt+Down, to reorder.</source>
        <translation>Ретін өзгерту үшін мәселені сүйреңіз немесе Alt+↑ / Alt+↓ пернелерін басыңыз.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Item {number} has changes that are not saved. Save them first?</source>
        <translation>{number}-мәселеде сақталмаған өзгерістер бар. Алдымен оларды сақтау керек пе?</translation>
    </message>
    <message numerus="yes">
        <source>Remove item {number} «{title}» from the agenda together with its %n decision(s)? The following items are renumbered.</source>
        <translation>
            <numerusform>{number}-мәселе «{title}» оның %n шешімімен бірге күн тәртібінен алынып тасталсын ба? Кейінгі мәселелердің нөмірлері өзгереді.</numerusform>
            <numerusform>{number}-мәселе «{title}» оның %n шешімімен бірге күн тәртібінен алынып тасталсын ба? Кейінгі мәселелердің нөмірлері өзгереді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove item {number} «{title}» from the agenda? The following items are renumbered.</source>
        <translation>{number}-мәселе «{title}» күн тәртібінен алынып тасталсын ба? Кейінгі мәселелердің нөмірлері өзгереді.</translation>
    </message>
    <message>
        <source>Remove an item</source>
        <translation>Мәселені алып тастау</translation>
    </message>
</context>
<context>
    <name>AkimatReportDialog</name>
    <message>
        <source>Report on oblast decision {number}</source>
        <translation>Облыстық комиссияның {number} шешімінің орындалуы туралы ақпарат</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>Аралық</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Түскен күні:</translation>
    </message>
    <message>
        <source>&amp;Incoming No.:</source>
        <translation>&amp;Кіріс №:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Мазмұны:</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the minutes</source>
        <translation>Хаттамаға өзгерістер енгізу</translation>
    </message>
    <message>
        <source>The minutes become editable again. Finalising them afterwards makes revision {revision}; revision {current} stays in the history as it was signed.</source>
        <translation>Хаттама қайтадан өңдеуге қолжетімді болады. Қайта ресімделгенде {revision}-редакция жасалады; {current}-редакция тарихта қол қойылған күйінде сақталады.</translation>
    </message>
    <message>
        <source>e.g. a typing error in point 2.1 found by the executor</source>
        <translation>мысалы, орындаушы анықтаған 2.1-тармақтағы қате</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Quorum: {present} of {total} voting members present (at least {required} needed)</source>
        <translation>Кворум бар: дауыс беру құқығы бар {total} мүшенің {present} қатысады (кемінде {required} қажет)</translation>
    </message>
    <message>
        <source>No quorum: {present} of {total} voting members present (at least {required} needed)</source>
        <translation>Кворум жоқ: дауыс беру құқығы бар {total} мүшенің {present} қатысады (кемінде {required} қажет)</translation>
    </message>
    <message>
        <source>&amp;Everyone present</source>
        <translation>Барлығы &amp;қатысады</translation>
    </message>
    <message>
        <source>Marks as present every member not marked yet; marks already made are kept.</source>
        <translation>Әлі белгіленбеген барлық мүшелерді қатысады деп белгілейді; бұрын қойылған белгілер сақталады.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыс</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысуы</translation>
    </message>
    <message>
        <source>Reason of absence</source>
        <translation>Қатыспау себебі</translation>
    </message>
    <message>
        <source>Replaced by (name)</source>
        <translation>Алмастырушы (аты-жөні)</translation>
    </message>
    <message>
        <source>Substitute's position</source>
        <translation>Алмастырушының лауазымы</translation>
    </message>
    <message>
        <source>e.g. on leave</source>
        <translation>мысалы, демалыста</translation>
    </message>
    <message>
        <source>Quorum expected: at least {required} of {total} voting members present</source>
        <translation>Кворум: дауыс беру құқығы бар {total} мүшенің кемінде {required} қатысуы күтіледі</translation>
    </message>
    <message>
        <source>Members on the meeting's date: {total}; marked: {marked}; sitting (with substitutes): {present}; guests: {guests}.</source>
        <translation>Отырыс күнгі комиссия мүшелері: {total}; белгіленгені: {marked}; қатысатындар (алмастырушыларды қоса): {present}; шақырылғандар: {guests}.</translation>
    </message>
    <message>
        <source>Type the name of the person replacing the member, then press Enter.</source>
        <translation>Алмастырушының аты-жөнін енгізіп, Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Reason (Kazakh)</source>
        <translation>Себебі (қазақша)</translation>
    </message>
    <message>
        <source>Position (Kazakh)</source>
        <translation>Лауазымы (қазақша)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Audit trail as of {date}</source>
        <translation>{date} жағдай бойынша аудит журналы</translation>
    </message>
    <message>
        <source>Audit_trail_{date}</source>
        <translation>Аудит_журналы_{date}</translation>
    </message>
    <message>
        <source>Save the audit trail</source>
        <translation>Аудит журналын сақтау</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Saving the audit trail…</source>
        <translation>Аудит журналы сақталуда…</translation>
    </message>
</context>
<context>
    <name>AuditResult</name>
    <message>
        <source>Entry No. {seq} of the audit trail was deleted behind the program.</source>
        <translation>Аудит журналының № {seq} жазбасы бағдарламаны айналып өтіп жойылған.</translation>
    </message>
    <message>
        <source>Entry No. {seq} does not follow the one before it: an entry was replaced or inserted behind the program.</source>
        <translation>№ {seq} жазба алдыңғы жазбаның жалғасы емес: жазба бағдарламаны айналып өтіп ауыстырылған немесе қосылған.</translation>
    </message>
    <message>
        <source>Entry No. {seq} was changed behind the program after it was written.</source>
        <translation>№ {seq} жазба жасалғаннан кейін бағдарламаны айналып өтіп өзгертілген.</translation>
    </message>
    <message>
        <source>The entries of the audit trail after No. {last} were deleted behind the program.</source>
        <translation>Аудит журналының № {last} жазбасынан кейінгі жазбалары бағдарламаны айналып өтіп жойылған.</translation>
    </message>
    <message>
        <source>The audit trail ends at No. {last}, but the checkpoints show that later entries were written: they were deleted, or an older copy of the database was put back behind the program.</source>
        <translation>Журнал № {last} жазбамен аяқталады, бірақ бақылау белгілері кейінірек жазбалар болғанын көрсетеді: олар жойылған немесе бағдарламаны айналып өтіп дерекқордың ескі көшірмесі қайтарылған.</translation>
    </message>
    <message>
        <source>Entry No. {seq} differs from the checkpoint noted when it was saved: the trail was rewritten from this entry on.</source>
        <translation>№ {seq} жазба сақталған кезде жасалған бақылау белгісімен сәйкес келмейді: журнал осы жазбадан бастап қайта жазылған.</translation>
    </message>
    <message>
        <source>The audit trail is empty, but the checkpoints show that it had entries: it was wiped behind the program.</source>
        <translation>Аудит журналы бос, бірақ бақылау белгілері онда жазбалар болғанын көрсетеді: ол бағдарламаны айналып өтіп тазартылған.</translation>
    </message>
    <message>
        <source>Entries from No. {seq} on were not written by the program: they were added to the database directly.</source>
        <translation>№ {seq} бастап жазбаларды бағдарлама жасамаған: олар дерекқорға тікелей қосылған.</translation>
    </message>
    <message>
        <source>The audit trail is damaged at entry No. {seq}.</source>
        <translation>Аудит журналы № {seq} жазбада бүлінген.</translation>
    </message>
    <message>
        <source>changed behind the program</source>
        <translation>бағдарламаны айналып өтіп өзгертілген</translation>
    </message>
    <message>
        <source>added behind the program</source>
        <translation>бағдарламаны айналып өтіп қосылған</translation>
    </message>
    <message>
        <source>deleted behind the program</source>
        <translation>бағдарламаны айналып өтіп жойылған</translation>
    </message>
    <message>
        <source>put back to an earlier state behind the program</source>
        <translation>бағдарламаны айналып өтіп бұрынғы күйіне қайтарылған</translation>
    </message>
    <message>
        <source>marked with an audit entry about another record</source>
        <translation>басқа жазба туралы журнал жазбасымен белгіленген</translation>
    </message>
    <message>
        <source>Checked: {entries} entries of the trail and {rows} records against them; {checkpoints} checkpoints in {folder}.</source>
        <translation>Тексерілді: журнал жазбалары — {entries}, олармен салыстырылған дерекқор жазбалары — {rows}; бақылау белгілері — {checkpoints}, қалта: {folder}.</translation>
    </message>
    <message>
        <source>Checked: {entries} entries of the trail; {checkpoints} checkpoints in {folder}.</source>
        <translation>Тексерілді: журнал жазбалары — {entries}; бақылау белгілері — {checkpoints}, қалта: {folder}.</translation>
    </message>
    <message>
        <source>The audit trail is intact: nothing was changed or removed behind the program.</source>
        <translation>Аудит журналы бүтін: бағдарламаны айналып өтіп ештеңе өзгертілмеген де, жойылмаған да.</translation>
    </message>
    <message>
        <source>No checkpoints of this database are in the folder yet: the end of the trail is vouched for once the program has saved something.</source>
        <translation>Қалтада бұл дерекқордың бақылау белгілері әлі жоқ: бағдарлама бірдеңе сақтағаннан кейін журналдың соңы расталады.</translation>
    </message>
    <message>
        <source>The audit trail itself is intact, but {count} records differ from it:</source>
        <translation>Журналдың өзі бүтін, бірақ дерекқордың жазбалары онымен сәйкес келмейді ({count}):</translation>
    </message>
    <message>
        <source>{record} No. {key}: {what}</source>
        <translation>{record} № {key}: {what}</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…және тағы {count}.</translation>
    </message>
    <message>
        <source>What to do: tell the person responsible for information security; check these records against the documents, and if they were changed without leave restore the database from a backup (the Backups tab).</source>
        <translation>Не істеу керек: ақпараттық қауіпсіздікке жауапты адамға хабарлаңыз; бұл жазбаларды құжаттармен салыстырыңыз, егер олар рұқсатсыз өзгертілсе, дерекқорды сақтық көшірмеден қалпына келтіріңіз («Сақтық көшірмелер» қойындысы).</translation>
    </message>
    <message>
        <source>What to do: change nothing else and tell the person responsible for information security; then restore the database from a backup made before this happened (the Backups tab keeps a copy of the current database for the inquiry).</source>
        <translation>Не істеу керек: басқа ештеңені өзгертпеңіз және ақпараттық қауіпсіздікке жауапты адамға хабарлаңыз; содан кейін дерекқорды осы оқиғаға дейін жасалған сақтық көшірмеден қалпына келтіріңіз («Сақтық көшірмелер» қойындысы тексеру үшін ағымдағы дерекқордың көшірмесін сақтайды).</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>records: {n}</source>
        <translation>жазбалар саны: {n}</translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>Аудит журналын &amp;тексеру</translation>
    </message>
    <message>
        <source>Recomputes the chain of every entry and compares it with the checkpoints kept outside the database: any entry edited, deleted or added directly in the database is found.</source>
        <translation>Барлық жазбалар тізбегін қайта есептеп, дерекқордан тыс сақталатын бақылау белгілерімен салыстырады: дерекқорда тікелей өзгертілген, жойылған немесе қосылған кез келген жазба анықталады.</translation>
    </message>
    <message>
        <source>Also check every &amp;record against the trail (slower)</source>
        <translation>Дерекқордың барлық &amp;жазбаларын да журналмен салыстыру (ұзағырақ)</translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Қалтаны ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Set by COMMISSION_CHECKPOINT_DIR when the program was started.</source>
        <translation>Бағдарлама іске қосылғанда COMMISSION_CHECKPOINT_DIR айнымалысымен берілген.</translation>
    </message>
    <message>
        <source>Latest entries first; older ones load as you scroll down.</source>
        <translation>Алдымен соңғы жазбалар; ертеректегілері төмен айналдырғанда жүктеледі.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>R&amp;ecord:</source>
        <translation>&amp;Жазба:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>Save to &amp;Excel (.xlsx)…</source>
        <translation>&amp;Excel-ге сақтау (.xlsx)…</translation>
    </message>
    <message>
        <source>Every entry the filters select, not only those scrolled to: for an inspection.</source>
        <translation>Сүзгілер таңдаған барлық жазба, экранда айналдырылғандары ғана емес, — тексеру үшін.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Checkpoints of the audit trail are kept in: {folder}</source>
        <translation>Журналдың бақылау белгілері сақталатын қалта: {folder}</translation>
    </message>
    <message>
        <source>Folder of the audit checkpoints</source>
        <translation>Журналдың бақылау белгілерінің қалтасы</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Аудит журналы тексерілуде…</translation>
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
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Login: {login}</source>
        <translation>Логин: {login}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
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
        <translation>Өзгерістер</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Command line (any user of the computer)</source>
        <translation>Пәрмен жолы (компьютердің кез келген пайдаланушысы)</translation>
    </message>
    <message>
        <source>Command line (user {user} of the computer)</source>
        <translation>Пәрмен жолы (компьютер пайдаланушысы {user})</translation>
    </message>
    <message>
        <source>The program itself</source>
        <translation>Бағдарламаның өзі</translation>
    </message>
    <message>
        <source>Unknown login</source>
        <translation>Белгісіз логин</translation>
    </message>
    <message>
        <source>no such login</source>
        <translation>мұндай логин жоқ</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>құпиясөз қате</translation>
    </message>
    <message>
        <source>too soon after failed attempts</source>
        <translation>сәтсіз әрекеттерден кейін тым ерте</translation>
    </message>
    <message>
        <source>account switched off</source>
        <translation>тіркелгі өшірілген</translation>
    </message>
    <message>
        <source>Opened the card.</source>
        <translation>Карточка ашылды.</translation>
    </message>
    <message>
        <source>(What the district held before the client moved away.)</source>
        <translation>(Клиент көшкенге дейін ауданда сақталғаны.)</translation>
    </message>
    <message>
        <source>Opened an attached file.</source>
        <translation>Тіркелген файл ашылды.</translation>
    </message>
    <message>
        <source>Looked at a list of %n record(s)</source>
        <translation>%n жазбадан тұратын тізім қаралды</translation>
    </message>
    <message>
        <source>, found by a search</source>
        <translation>, іздеу арқылы табылған</translation>
    </message>
    <message>
        <source>, to link cases to an agenda item</source>
        <translation>, істерді күн тәртібінің мәселесімен байланыстыру үшін</translation>
    </message>
    <message>
        <source>%n arrived from another district.</source>
        <translation>%n адам басқа ауданнан келді.</translation>
    </message>
    <message>
        <source>Printed the individual programme.</source>
        <translation>Жеке бағдарлама басып шығарылды.</translation>
    </message>
    <message>
        <source>Made the backup «{file}».</source>
        <translation>«{file}» сақтық көшірмесі жасалды.</translation>
    </message>
    <message>
        <source>Exported %n row(s).</source>
        <translation>%n жол экспортталды.</translation>
    </message>
    <message>
        <source>Restored the database from «{file}».</source>
        <translation>Дерекқор «{file}» көшірмесінен қалпына келтірілді.</translation>
    </message>
    <message>
        <source>The backup's trail did not match its checkpoints.</source>
        <translation>Көшірменің журналы бақылау нүктелерімен сәйкес келмеді.</translation>
    </message>
    <message>
        <source>Log-in refused: {reason}.</source>
        <translation>Жүйеге кіруге рұқсат етілмеді: {reason}.</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Жүйеге кірді.</translation>
    </message>
    <message>
        <source>Added the holidays and moved working days of {years}: %n day(s).</source>
        <translation>{years} жылдардың мерекелері мен ауыстырылған жұмыс күндері қосылды: %n күн.</translation>
    </message>
    <message>
        <source>Demonstration data of {date} made.</source>
        <translation>{date} күнгі демонстрациялық деректер жасалды.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Қалтаны ө&amp;згерту…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Қазір &amp;көшірме жасау</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>Таңдалған көшірмені &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>Басқа &amp;файлдан қалпына келтіру…</translation>
    </message>
    <message>
        <source>Backups of this &amp;database:</source>
        <translation>Осы &amp;дерекқордың сақтық көшірмелері:</translation>
    </message>
    <message>
        <source>A backup is made automatically on the first start of each day; the copies of the last 7 days and of the 8 weeks before them are kept. Before a restore the current database is copied into the same folder.</source>
        <translation>Сақтық көшірме күн сайын бағдарлама алғаш іске қосылғанда автоматты түрде жасалады; соңғы 7 күннің және олардың алдындағы 8 аптаның көшірмелері сақталады. Қалпына келтірер алдында ағымдағы дерекқор сол қалтаға көшіріледі.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Қалта: {folder}</translation>
    </message>
    <message>
        <source>Last backup: {when}, {size}</source>
        <translation>Соңғы сақтық көшірме: {when}, {size}</translation>
    </message>
    <message>
        <source>No backup of this database yet.</source>
        <translation>Бұл дерекқордың сақтық көшірмесі әлі жоқ.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>күнделікті</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>қолмен жасалған</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>жаңарту алдында</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Сақтық көшірмелер қалтасы</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Commission backups (*.sqlite3 *.dump);;All files (*)</source>
        <translation>«Комиссия» сақтық көшірмелері (*.sqlite3 *.dump);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Replace the whole database with the backup «{file}»? Everything entered since it was made is replaced; a copy of the current database is kept in the backup folder. Other users must close the program first.</source>
        <translation>Бүкіл дерекқорды «{file}» сақтық көшірмесімен алмастырасыз ба? Ол жасалғаннан кейін енгізілгеннің бәрі алмастырылады; ағымдағы дерекқордың көшірмесі сақтық көшірмелер қалтасында сақталады. Басқа пайдаланушылар алдымен бағдарламаны жабуы керек.</translation>
    </message>
    <message>
        <source>The backup «{file}» was restored. The program starts again; log in.</source>
        <translation>«{file}» сақтық көшірмесі қалпына келтірілді. Бағдарлама қайта іске қосылады; жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>The audit trail in «{file}» does not agree with the checkpoints saved with the backup: the file was changed after it was made. The data is restored; check it before relying on it and tell the person responsible for information security.</source>
        <translation>«{file}» ішіндегі аудит журналы көшірмемен бірге сақталған бақылау белгілерімен сәйкес келмейді: файл жасалғаннан кейін өзгертілген. Деректер қалпына келтірілді; оларға сенбес бұрын тексеріңіз және ақпараттық қауіпсіздікке жауапты адамға хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>Bilingual</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>No text in Kazakh</source>
        <translation>Қазақша мәтін жоқ</translation>
    </message>
    <message>
        <source>No text in Russian</source>
        <translation>Орысша мәтін жоқ</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
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
        <translation>Алдыңғы</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Бүгін</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Ай</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>А&amp;пта</translation>
    </message>
    <message>
        <source>&amp;Sittings</source>
        <translation>&amp;Отырыстар</translation>
    </message>
    <message>
        <source>&amp;Control deadlines</source>
        <translation>Бақылау &amp;мерзімдері</translation>
    </message>
    <message>
        <source>Measure &amp;deadlines</source>
        <translation>Іс-шаралар м&amp;ерзімдері</translation>
    </message>
    <message>
        <source>E&amp;xport to Outlook (.ics)…</source>
        <translation>Outlook-қа &amp;экспорттау (.ics)…</translation>
    </message>
    <message numerus="yes">
        <source>◇ %n deadline(s)</source>
        <translation>
            <numerusform>◇ %n мерзім</numerusform>
            <numerusform>◇ %n мерзім</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◆ %n measure(s)</source>
        <translation>
            <numerusform>◆ %n іс-шара</numerusform>
            <numerusform>◆ %n іс-шара</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>тағы %n</numerusform>
            <numerusform>тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>● Extraordinary sitting No. %1</source>
        <translation>● № %1 кезектен тыс отырыс</translation>
    </message>
    <message>
        <source>● Sitting No. %1</source>
        <translation>● № %1 отырыс</translation>
    </message>
    <message>
        <source>Sittings: %1. Control deadlines: %2, of them overdue: %3.</source>
        <translation>Отырыстар: %1. Бақылау мерзімдері: %2, оның ішінде мерзімі өткені: %3.</translation>
    </message>
    <message>
        <source>◇ Decision %1 of minutes No. %2</source>
        <translation>◇ № %2 хаттаманың %1 шешімі</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>◆ Measure of case No. %1</source>
        <translation>◆ № %1 іс бойынша іс-шара</translation>
    </message>
    <message>
        <source>Nothing falls on this day.</source>
        <translation>Бұл күнге ештеңе белгіленбеген.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Export to Outlook</source>
        <translation>Outlook-қа экспорттау</translation>
    </message>
    <message>
        <source>commission.ics</source>
        <translation>комиссия.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Күнтізбе файлдары (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) exported to %1.</source>
        <translation>
            <numerusform>%n жазба экспортталды: %1.</numerusform>
            <numerusform>%n жазба экспортталды: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarChanges</name>
    <message>
        <source>Add: the list now names this day</source>
        <translation>Қосу: бұл күн енді тізімде бар</translation>
    </message>
    <message>
        <source>Remove: the list no longer names this day (a working day again)</source>
        <translation>Жою: бұл күн енді тізімде жоқ (қайтадан жұмыс күні)</translation>
    </message>
    <message>
        <source>Change the kind or the name</source>
        <translation>Түрін немесе атауын өзгерту</translation>
    </message>
    <message>
        <source>ordinary day</source>
        <translation>қарапайым күн</translation>
    </message>
</context>
<context>
    <name>CalendarChangesDialog</name>
    <message>
        <source>The holiday list has changed</source>
        <translation>Мерекелер тізімі өзгерді</translation>
    </message>
    <message>
        <source>The list of public holidays installed with the program differs from the working calendar kept in the database (a law or a decree changed after the year was filled in). Tick the changes to make; the unticked ones will not be offered again. Days you entered or changed yourself are never touched.</source>
        <translation>Бағдарламамен орнатылған мерекелер тізімі дерекқордағы өндірістік күнтізбеден өзгеше (жыл толтырылғаннан кейін заң немесе қаулы өзгерген). Енгізілетін өзгерістерді белгілеңіз; белгіленбегендері қайта ұсынылмайды. Өзіңіз енгізген немесе өзгерткен күндерге тиіспейді.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>Өзгерістен кейін</translation>
    </message>
    <message>
        <source>&amp;Apply the ticked changes</source>
        <translation>Белгіленгендерді &amp;қолдану</translation>
    </message>
    <message>
        <source>Remind me &amp;later</source>
        <translation>Кейінірек &amp;еске салу</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>&amp;Add day…</source>
        <translation>Күн &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <source>C&amp;onfirm the date…</source>
        <translation>Күнін &amp;растау…</translation>
    </message>
    <message>
        <source>A movable feast's date is expected until the announced date is entered.</source>
        <translation>Жарияланған күні енгізілгенше ауыспалы мереке күні күтілетін болып саналады.</translation>
    </message>
    <message>
        <source>Compare with the &amp;holiday list…</source>
        <translation>&amp;Мерекелер тізімімен салыстыру…</translation>
    </message>
    <message>
        <source>Shows what the list of public holidays installed with the program says differently (a law changed after the year was filled in).</source>
        <translation>Бағдарламамен орнатылған мерекелер тізімінің күнтізбеден айырмашылығын көрсетеді (жыл толтырылғаннан кейін заң өзгерген).</translation>
    </message>
    <message>
        <source>&amp;Fill from the holiday list</source>
        <translation>Мерекелер тізімінен &amp;толтыру</translation>
    </message>
    <message>
        <source>Adds the public holidays and the days moved by government decree that the program knows for this year. Check them against this year's decree.</source>
        <translation>Бағдарламаға осы жылға белгілі мереке күндерін және Үкімет қаулысымен ауыстырылған демалыс күндерін қосады. Оларды биылғы қаулымен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <source>A deadline that falls on a day off moves to the next working day.</source>
        <translation>Демалыс күніне түсетін мерзім келесі жұмыс күніне ауыстырылады.</translation>
    </message>
    <message>
        <source>A deadline that falls on a day off moves to the previous working day.</source>
        <translation>Демалыс күніне түсетін мерзім алдыңғы жұмыс күніне ауыстырылады.</translation>
    </message>
    <message>
        <source>A deadline that falls on a day off stays on that day.</source>
        <translation>Демалыс күніне түсетін мерзім ауыстырылмайды.</translation>
    </message>
    <message>
        <source>The week is Monday to Friday. This list holds the exceptions of the year: public holidays, days off transferred by government decree, and Saturdays made working days by decree. Working-day deadlines are counted by this calendar.</source>
        <translation>Жұмыс аптасы — дүйсенбіден жұмаға дейін. Тізімде жылдың ерекше күндері берілген: мереке күндері, Үкімет қаулысымен ауыстырылған демалыс күндері және жұмыс күні болып белгіленген сенбілер. Жұмыс күндерімен белгіленген мерзімдер осы күнтізбе бойынша есептеледі.</translation>
    </message>
    <message>
        <source>(The rule is set on the Commission tab.)</source>
        <translation>(Ереже «Комиссия» қойындысында белгіленеді.)</translation>
    </message>
    <message>
        <source>{count} exceptions in {year}.</source>
        <translation>{year} жылғы ерекше күндер: {count}.</translation>
    </message>
    <message>
        <source>No exceptions are recorded for {year}: every Monday to Friday counts as a working day.</source>
        <translation>{year} жылға ерекше күндер енгізілмеген: дүйсенбіден жұмаға дейінгі барлық күндер жұмыс күні болып саналады.</translation>
    </message>
    <message>
        <source>Comparing with the holiday list…</source>
        <translation>Мерекелер тізімімен салыстырылуда…</translation>
    </message>
    <message>
        <source>The calendar agrees with the list of public holidays installed.</source>
        <translation>Күнтізбе орнатылған мерекелер тізімімен сәйкес келеді.</translation>
    </message>
    <message>
        <source>The holiday list differs on {count} day(s): see the window opened.</source>
        <translation>Мерекелер тізімі күнтізбеден өзгеше (күндер саны: {count}) — ашылған терезені қараңыз.</translation>
    </message>
    <message>
        <source>Remove a day</source>
        <translation>Күнді жою</translation>
    </message>
    <message>
        <source>Remove {date} ({name}) from the calendar? The day will follow the ordinary Monday–Friday week again.</source>
        <translation>{date} ({name}) күнтізбеден жойылсын ба? Бұл күн қайтадан дүйсенбі–жұма кәдімгі жұмыс аптасы бойынша айқындалады.</translation>
    </message>
    <message>
        <source>{count} days added from the holiday list for {year}. Check them against this year's government decree on transferring days off.</source>
        <translation>{year} жылға мерекелер тізімінен қосылған күндер: {count}. Оларды демалыс күндерін ауыстыру туралы биылғы Үкімет қаулысымен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <source>The holiday list has no days to add for {year}.</source>
        <translation>Мерекелер тізімінде {year} жылға қосылатын күндер жоқ.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>loading…</source>
        <translation>жүктелуде…</translation>
    </message>
</context>
<context>
    <name>CardExtensionDialog</name>
    <message>
        <source>Extension request on decision {number}</source>
        <translation>{number} шешімі бойынша мерзімді ұзарту туралы сұрау</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Сұрау күні:</translation>
    </message>
    <message>
        <source>&amp;Proposed date:</source>
        <translation>&amp;Ұсынылған мерзім:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
</context>
<context>
    <name>CardGradeDialog</name>
    <message>
        <source>Grade the report</source>
        <translation>Орындалуын бағалау</translation>
    </message>
    <message>
        <source>Required for any grade below «executed»</source>
        <translation>«Орындалды» дегеннен төмен кез келген баға үшін міндетті</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Баға:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
    <message>
        <source>The control point closes.</source>
        <translation>Бақылау нүктесі жабылады.</translation>
    </message>
    <message>
        <source>The control point closes; the agency's discipline score counts it as half.</source>
        <translation>Бақылау нүктесі жабылады; ұйымның тәртіп көрсеткішінде ол жартылай есептеледі.</translation>
    </message>
    <message>
        <source>The report goes back for rework and the point stays open, as with a return.</source>
        <translation>Ақпарат пысықтауға қайтарылады, нүкте қайтарғандағыдай ашық қалады.</translation>
    </message>
    <message>
        <source>The answer is taken; the point stays open until it is executed or removed.</source>
        <translation>Жауап қабылданады; нүкте орындалғанға немесе бақылаудан алынғанға дейін ашық қалады.</translation>
    </message>
</context>
<context>
    <name>CardLabels</name>
    <message>
        <source>Interim</source>
        <translation>Аралық</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
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
        <source>Cancelled</source>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <source>Awaiting assessment</source>
        <translation>Бағалауды күтуде</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>Awaiting the chair</source>
        <translation>Төрағаның шешімін күтуде</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Ұзартылды</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Partially executed</source>
        <translation>Ішінара орындалды</translation>
    </message>
    <message>
        <source>Formal reply (answered without doing)</source>
        <translation>Формальды жауап (іс жүзінде орындалмаған)</translation>
    </message>
    <message>
        <source>Not executed</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation>Еске салу хаты</translation>
    </message>
    <message>
        <source>Letter to the agency's head</source>
        <translation>Ұйым басшысына хат</translation>
    </message>
    <message>
        <source>Question on the commission's agenda</source>
        <translation>Комиссия отырысының күн тәртібіндегі мәселе</translation>
    </message>
    <message>
        <source>Submission to the akim</source>
        <translation>Әкімге ұсыным</translation>
    </message>
</context>
<context>
    <name>CardReportDialog</name>
    <message>
        <source>Report on decision {number}</source>
        <translation>{number} шешімінің орындалуы туралы ақпарат</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Interim</source>
        <translation>Аралық</translation>
    </message>
    <message>
        <source>No files</source>
        <translation>Файлдар жоқ</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Файлдарды тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Түскен күні:</translation>
    </message>
    <message>
        <source>&amp;Incoming No.:</source>
        <translation>&amp;Кіріс №:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Мазмұны:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлдар:</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
</context>
<context>
    <name>CaseCardDialog</name>
    <message>
        <source>The measure is sent to the commission. No meeting is planned yet: it waits for the nearest meeting and goes onto its agenda when the secretary plans it.</source>
        <translation>Іс-шара комиссияға шығарылды. Отырыс әлі жоспарланбаған: іс-шара ең жақын отырысты күтеді және хатшы оны жоспарлағанда күн тәртібіне енеді.</translation>
    </message>
    <message>
        <source>The measure is sent to the commission: it is proposed for the agenda of meeting No. {number} of {date}.</source>
        <translation>Іс-шара комиссияға шығарылды: ол {date} күнгі № {number} отырыстың күн тәртібіне ұсынылды.</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>&amp;Бекіту</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Орындауды бастау</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <source>Sto&amp;p…</source>
        <translation>&amp;Тоқтату…</translation>
    </message>
    <message>
        <source>Pro&amp;gramme (.docx)…</source>
        <translation>Бағдар&amp;лама (.docx)…</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Бағдарлама:</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Қажеттіліктер</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Іс-шаралар</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Журнал</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Кесте</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Көмек түрі</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>&amp;Assessment of the life situation:</source>
        <translation>Өмірлік жағдайды ба&amp;ғалау:</translation>
    </message>
    <message>
        <source>&amp;Save the needs</source>
        <translation>Қажеттіліктерді &amp;сақтау</translation>
    </message>
    <message>
        <source>Tick the kinds of help the client needs; double-click a note to edit.</source>
        <translation>Клиентке қажет көмек түрлерін белгілеңіз; ескертпені өзгерту үшін оны екі рет шертіңіз.</translation>
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
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Растайтын құжат</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Қо&amp;су…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;In progress</source>
        <translation>Ж&amp;ұмысқа алу</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Нәтиже…</translation>
    </message>
    <message>
        <source>&amp;Blocked: to the commission…</source>
        <translation>Комиссияға &amp;шығару…</translation>
    </message>
    <message>
        <source>Attach evi&amp;dence…</source>
        <translation>&amp;Файл тіркеу…</translation>
    </message>
    <message>
        <source>Decision's control ca&amp;rd</source>
        <translation>Шешімнің бақылау ка&amp;рточкасы</translation>
    </message>
    <message>
        <source>O&amp;pen evidence</source>
        <translation>Растауды а&amp;шу</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Жазған</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>&amp;Add an entry…</source>
        <translation>Жазба қо&amp;су…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Measures still to be done, by due date; an escalated measure follows the term of the commission's decision.</source>
        <translation>Әлі орындалатын іс-шаралар мерзімі бойынша; комиссияға шығарылған іс-шараға комиссия шешімінің мерзімі қолданылады.</translation>
    </message>
    <message>
        <source>Case No. {number}</source>
        <translation>№ {number} іс</translation>
    </message>
    <message>
        <source>Opened on {opened}</source>
        <translation>Ашылған күні: {opened}</translation>
    </message>
    <message>
        <source>Case No. {number} — {client}</source>
        <translation>№ {number} іс — {client}</translation>
    </message>
    <message>
        <source>Probation officer: {officer}; district: {district}</source>
        <translation>Пробация қызметкері: {officer}; аудан: {district}</translation>
    </message>
    <message>
        <source>, approved on {date}</source>
        <translation>, {date} бекітілген</translation>
    </message>
    <message>
        <source>, ended on {date}</source>
        <translation>, {date} аяқталған</translation>
    </message>
    <message>
        <source>decision {number} of meeting No. {meeting} of {date}</source>
        <translation>{date} күнгі № {meeting} отырыстың {number} шешімі</translation>
    </message>
    <message>
        <source>Reviewed by the commission:</source>
        <translation>Комиссия қараған:</translation>
    </message>
    <message>
        <source>waiting for the commission</source>
        <translation>комиссияның қарауын күтуде</translation>
    </message>
    <message>
        <source>decision {number}: {state}</source>
        <translation>{number} шешім: {state}</translation>
    </message>
    <message>
        <source>on the agenda of meeting No. {number} of {date}</source>
        <translation>{date} күнгі № {number} отырыстың күн тәртібінде</translation>
    </message>
    <message>
        <source>waiting for the nearest meeting</source>
        <translation>ең жақын отырысты күтуде</translation>
    </message>
    <message>
        <source>commission's decision: {state}</source>
        <translation>комиссия шешімі: {state}</translation>
    </message>
    <message>
        <source>Stop the programme</source>
        <translation>Бағдарламаны тоқтату</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Растайтын құжатты тіркеу</translation>
    </message>
    <message>
        <source>Programme {number}</source>
        <translation>Бағдарлама {number}</translation>
    </message>
    <message>
        <source>Save the programme</source>
        <translation>Бағдарламаны сақтау</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>Measure {number} «{action}»: the action</source>
        <translation>№ {number} іс-шара «{action}»: іс-шараның мазмұны</translation>
    </message>
    <message>
        <source>Measure {number} «{action}»: the outcome</source>
        <translation>№ {number} іс-шара «{action}»: нәтижесі</translation>
    </message>
    <message>
        <source>Texts not in Kazakh</source>
        <translation>Қазақ тіліне аударылмаған мәтіндер</translation>
    </message>
    <message>
        <source>These texts of the programme are not translated into Kazakh yet; the programme will print them in Russian:</source>
        <translation>Бағдарламаның мына мәтіндері әлі қазақ тіліне аударылмаған; бағдарламада олар орыс тілінде басылады:</translation>
    </message>
    <message>
        <source>Texts not in Russian</source>
        <translation>Орыс тіліне аударылмаған мәтіндер</translation>
    </message>
    <message>
        <source>These texts of the programme are not translated into Russian yet; the programme will print them in Kazakh:</source>
        <translation>Бағдарламаның мына мәтіндері әлі орыс тіліне аударылмаған; бағдарламада олар қазақ тілінде басылады:</translation>
    </message>
    <message>
        <source>Fill them in with «Edit…» on the measures, or export the programme as it is.</source>
        <translation>Оларды іс-шаралар тізімінің астындағы «Өзгерту…» батырмасымен толтырыңыз немесе бағдарламаны осы күйінде экспорттаңыз.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Бәрібір экспорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Writing the programme…</source>
        <translation>Бағдарлама сақталуда…</translation>
    </message>
</context>
<context>
    <name>CaseForms</name>
    <message>
        <source>The notice is recorded. Without the IIN no case can be opened yet: open it when the IIN is known.</source>
        <translation>Хабарлама тіркелді. ЖСН-сіз іс ашуға болмайды: ЖСН белгілі болғанда ашыңыз.</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Employment</source>
        <translation>Жұмысқа орналасу</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Тұрғын үй</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Медициналық көмек</translation>
    </message>
    <message>
        <source>Addiction treatment</source>
        <translation>Тәуелділікті емдеу</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Білім беру</translation>
    </message>
    <message>
        <source>Psychological help</source>
        <translation>Психологиялық көмек</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Құқықтық көмек</translation>
    </message>
    <message>
        <source>Social benefits</source>
        <translation>Әлеуметтік төлемдер</translation>
    </message>
    <message>
        <source>Restoring family ties</source>
        <translation>Отбасылық байланыстарды қалпына келтіру</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Тағайындалды</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Көрсетілді</translation>
    </message>
    <message>
        <source>Refused by the client</source>
        <translation>Клиент бас тартты</translation>
    </message>
    <message>
        <source>Cannot be provided</source>
        <translation>Көрсету мүмкін емес</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Қайта бағытталды</translation>
    </message>
    <message>
        <source>Sent to the commission</source>
        <translation>Комиссияға шығарылды</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Бару</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>Review at a meeting</source>
        <translation>Отырыста қарау</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>1 — urgent</source>
        <translation>1 — шұғыл</translation>
    </message>
    <message>
        <source>2 — soon</source>
        <translation>2 — жақын арада</translation>
    </message>
    <message>
        <source>3 — can wait</source>
        <translation>3 — күте тұруға болады</translation>
    </message>
    <message>
        <source>overdue by {n} working day(s)</source>
        <translation>{n} жұмыс күніне кешіктірілді</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>мерзімі бүгін</translation>
    </message>
    <message>
        <source>due in {n} working day(s)</source>
        <translation>мерзіміне {n} жұмыс күні қалды</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <source>Link a client's case</source>
        <translation>Клиенттің ісін таңдау</translation>
    </message>
    <message>
        <source>Find an open case by its number or by the first letters of the client's surname. The agenda and the minutes show only the case number and the initials.</source>
        <translation>Ашық істі нөмірі немесе клиент тегінің алғашқы әріптері бойынша табыңыз. Күн тәртібі мен хаттамада тек іс нөмірі және аты-жөнінің бас әріптері көрсетіледі.</translation>
    </message>
    <message>
        <source>A case number such as 14/2026, or the first letters of a surname</source>
        <translation>Іс нөмірі, мысалы 14/2026, немесе тегінің алғашқы әріптері</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>Іс&amp;тер:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>{case} (already linked)</source>
        <translation>{case} (бұрын қосылған)</translation>
    </message>
    <message>
        <source>No open case matches the search.</source>
        <translation>Сұрау бойынша ашық істер табылмады.</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) found.</source>
        <translation>
            <numerusform>%n ашық іс табылды.</numerusform>
            <numerusform>%n ашық іс табылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case in the list.</source>
        <translation>Тізімнен істі таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>CasesArea</name>
    <message>
        <source>Your role gives no access to the personal data of clients.</source>
        <translation>Сіздің рөліңіз клиенттердің дербес деректеріне қол жеткізуге мүмкіндік бермейді.</translation>
    </message>
    <message>
        <source>Case number or client's surname</source>
        <translation>Іс нөмірі немесе клиенттің тегі</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Іздеу:</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <source>&amp;Release notice…</source>
        <translation>Босату туралы &amp;хабарлама…</translation>
    </message>
    <message>
        <source>Case from a &amp;notice…</source>
        <translation>Хабарлама бойынша іс &amp;ашу…</translation>
    </message>
    <message>
        <source>Open the case of a release notice recorded without an IIN</source>
        <translation>ЖСН-сіз қабылданған босату туралы хабарлама бойынша іс ашу</translation>
    </message>
    <message>
        <source>Cases &amp;register (.xlsx)…</source>
        <translation>Істер &amp;тізілімі (.xlsx)…</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Ашық істер</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Барлық жай-күйлер</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Тек мерзімі өткендер</translation>
    </message>
    <message>
        <source>Cases with a measure past its deadline</source>
        <translation>Іс-шарасының мерзімі өткен істер</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Қызметкер:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Бағдарлама:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>С&amp;анаты:</translation>
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
        <source>District</source>
        <translation>Аудан</translation>
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
        <source>Probation officer</source>
        <translation>Пробация қызметкері</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Open measures</source>
        <translation>Ағымдағы шаралар</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Мерзімі өткен шаралар</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>The earliest deadline of the open measures</source>
        <translation>Аяқталмаған іс-шаралардың ең жақын мерзімі</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>Істі &amp;ашу</translation>
    </message>
    <message>
        <source>Open the &amp;client's card</source>
        <translation>&amp;Клиент карточкасын ашу</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Барлық қызметкерлер</translation>
    </message>
    <message>
        <source>Mine and unassigned</source>
        <translation>Менікі және қызметкерсіз</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <source>Client card: {name}</source>
        <translation>Клиент карточкасы: {name}</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Жаңа клиент</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data recei&amp;ved</source>
        <translation>Дербес деректерді өңдеу&amp;ге келісім алынды</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Әкесінің аты:</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Туған &amp;күні:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Жын&amp;ысы:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>Registered &amp;address:</source>
        <translation>Тіркелген &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>Ac&amp;tual address:</source>
        <translation>&amp;Нақты мекенжайы:</translation>
    </message>
    <message>
        <source>Dist&amp;rict:</source>
        <translation>Ау&amp;дан:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Есеп &amp;санаты:</translation>
    </message>
    <message>
        <source>Criminal Code artic&amp;les:</source>
        <translation>ҚК ба&amp;птары:</translation>
    </message>
    <message>
        <source>Sentence &amp;begins:</source>
        <translation>Мерзімнің &amp;басталуы:</translation>
    </message>
    <message>
        <source>Sentence &amp;ends:</source>
        <translation>Мерзімнің аяқта&amp;луы:</translation>
    </message>
    <message>
        <source>Registered &amp;on:</source>
        <translation>Есепке қойылған к&amp;үні:</translation>
    </message>
    <message>
        <source>Probation o&amp;fficer:</source>
        <translation>Пробация &amp;қызметкері:</translation>
    </message>
    <message>
        <source>Le&amp;gal basis:</source>
        <translation>Құқықтық негі&amp;зі:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>Іс №</translation>
    </message>
    <message>
        <source>Programme state</source>
        <translation>Бағдарлама күйі</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <source>Social-support &amp;cases:</source>
        <translation>Әлеуметтік қолдау &amp;істері:</translation>
    </message>
    <message>
        <source>Re&amp;move from the register…</source>
        <translation>Есептен &amp;шығару…</translation>
    </message>
    <message>
        <source>— not assigned —</source>
        <translation>— тағайындалмаған —</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Жаңа карточка</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>Есепте тұр</translation>
    </message>
    <message>
        <source>Removed from the register on {date}: {reason}</source>
        <translation>{date} есептен шығарылды: {reason}</translation>
    </message>
    <message>
        <source>• a client in another district ({district})</source>
        <translation>• басқа ауданның клиенті ({district})</translation>
    </message>
    <message>
        <source>• {name}, {district}, card No. {card}</source>
        <translation>• {name}, {district}, № {card} карточка</translation>
    </message>
    <message>
        <source>Cards with the same surname, name and birth date already exist:</source>
        <translation>Тегі, аты және туған күні дәл осындай карточкалар бар:</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Бәрібір сақтау керек пе?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Ықтимал қайталану</translation>
    </message>
    <message>
        <source>&amp;Transfer to another district…</source>
        <translation>Басқа ауданға бе&amp;ру…</translation>
    </message>
    <message>
        <source>&amp;History of the cases on that day:</source>
        <translation>Сол күнгі істердің тари&amp;хы:</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>End of the probation term</source>
        <translation>Пробациялық бақылау мерзімінің өтуі</translation>
    </message>
    <message>
        <source>Sentence served</source>
        <translation>Жазаны өтеу</translation>
    </message>
    <message>
        <source>Conditional sentence revoked by a court</source>
        <translation>Шартты соттауды соттың күшін жоюы</translation>
    </message>
    <message>
        <source>Early cancellation, criminal record removed</source>
        <translation>Мерзімінен бұрын күшін жою, соттылықты алу</translation>
    </message>
    <message>
        <source>Amnesty or pardon</source>
        <translation>Рақымшылық немесе кешірім</translation>
    </message>
    <message>
        <source>Moved to another district</source>
        <translation>Басқа ауданға көшу</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Қайтыс болу</translation>
    </message>
    <message>
        <source>Own refusal (post-penitentiary)</source>
        <translation>Өз еркімен бас тарту (пенитенциарлықтан кейінгі пробация)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ТАӘ</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Register category</source>
        <translation>Есеп санаты</translation>
    </message>
    <message>
        <source>Criminal Code articles</source>
        <translation>ҚК баптары</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Мерзімнің басталуы</translation>
    </message>
    <message>
        <source>Sentence end</source>
        <translation>Мерзімнің аяқталуы</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Есепке қойылған күні</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Тіркелген мекенжайы</translation>
    </message>
    <message>
        <source>Actual address</source>
        <translation>Нақты мекенжайы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Пробация қызметінің қызметкері</translation>
    </message>
    <message>
        <source>Row number</source>
        <translation>Жол нөмірі</translation>
    </message>
    <message>
        <source>Removed from the register on</source>
        <translation>Есептен шығарылған күні</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Істер саны</translation>
    </message>
    <message>
        <source>Client's IIN</source>
        <translation>Клиенттің ЖСН-і</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>Іс №</translation>
    </message>
    <message>
        <source>Case opened on</source>
        <translation>Істің ашылған күні</translation>
    </message>
    <message>
        <source>Kind of need</source>
        <translation>Қажеттілік түрі</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Agency responsible</source>
        <translation>Жауапты орындаушы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State of the measure</source>
        <translation>Іс-шараның жай-күйі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>State of the programme</source>
        <translation>Бағдарламаның жай-күйі</translation>
    </message>
    <message>
        <source>Open measures</source>
        <translation>Орындалып жатқан іс-шаралар</translation>
    </message>
    <message>
        <source>Overdue measures</source>
        <translation>Мерзімі өткен іс-шаралар</translation>
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
</context>
<context>
    <name>ClientsArea</name>
    <message>
        <source>Your role gives no access to the personal data of clients.</source>
        <translation>Сіздің рөліңіз клиенттердің дербес деректеріне қол жеткізуге мүмкіндік бермейді.</translation>
    </message>
    <message>
        <source>Surname, name, IIN or case No. (from 3 letters: anywhere in the name)</source>
        <translation>Тегі, аты, ЖСН немесе іс № (3 әріптен бастап — аты-жөнінің кез келген жерінде)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Іздеу:</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Жаңа клиент…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>Excel-ден &amp;импорттау…</translation>
    </message>
    <message>
        <source>Clients &amp;register (.xlsx)…</source>
        <translation>Клиенттер &amp;тізілімі (.xlsx)…</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>Есепте тұрғандар</translation>
    </message>
    <message>
        <source>Removed from the register</source>
        <translation>Есептен шығарылғандар</translation>
    </message>
    <message>
        <source>On the register and removed</source>
        <translation>Есептегілер мен шығарылғандар</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Аудан:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Қызметкер:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>С&amp;анаты:</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Birth date</source>
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
        <source>Probation officer</source>
        <translation>Пробация қызметкері</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Есепке алынған күні</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>&amp;Open the card</source>
        <translation>Карточканы &amp;ашу</translation>
    </message>
    <message>
        <source>New &amp;case for this client…</source>
        <translation>Осы клиентке жаңа &amp;іс…</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Барлық қызметкерлер</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Барлық аудандар</translation>
    </message>
    <message>
        <source>{count}+ found</source>
        <translation>{count}+ табылды</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n клиент</numerusform>
            <numerusform>%n клиент</numerusform>
        </translation>
    </message>
    <message>
        <source>transferred to {district} ({date})</source>
        <translation>басқа ауданға берілді: {district} ({date})</translation>
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
        <translation>Оның атаулары әр хаттаманың басында басылады</translation>
    </message>
    <message>
        <source>Write the names as in the akimat's resolution that founded the commission. Everything can be changed later under Administration → Commission.</source>
        <translation>Атауларды комиссияны құру туралы әкімдік қаулысындағыдай жазыңыз. Барлығын кейін «Әкімшілендіру → Комиссия» бөлімінде өзгертуге болады.</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Әкімшілік-аумақтық бірлік</translation>
    </message>
    <message>
        <source>Founding act</source>
        <translation>Құру туралы акт</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>Full name (&amp;Russian):</source>
        <translation>Толық атауы (&amp;орысша):</translation>
    </message>
    <message>
        <source>Full name (&amp;Kazakh):</source>
        <translation>Толық атауы (&amp;қазақша):</translation>
    </message>
    <message>
        <source>&amp;Akimat (Russian):</source>
        <translation>&amp;Әкімдік (орысша):</translation>
    </message>
    <message>
        <source>Akimat (Ka&amp;zakh):</source>
        <translation>Әкім&amp;дік (қазақша):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Де&amp;ңгейі:</translation>
    </message>
    <message>
        <source>Name (R&amp;ussian):</source>
        <translation>Атау&amp;ы (орысша):</translation>
    </message>
    <message>
        <source>Name (Kaza&amp;kh):</source>
        <translation>Атауы (қа&amp;зақша):</translation>
    </message>
    <message>
        <source>Act &amp;type:</source>
        <translation>Акт&amp;інің түрі:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>e.g. Resolution of the akimat</source>
        <translation>мысалы, әкімдіктің қаулысы</translation>
    </message>
    <message>
        <source>known</source>
        <translation>белгілі</translation>
    </message>
    <message>
        <source>e.g. Tselinograd district</source>
        <translation>мысалы, Целиноград ауданы</translation>
    </message>
    <message>
        <source>Enter the commission's full name in Russian and in Kazakh.</source>
        <translation>Комиссияның толық атауын орыс және қазақ тілдерінде енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the akimat's name.</source>
        <translation>Әкімдіктің атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the name of the district, city or oblast.</source>
        <translation>Ауданның, қаланың немесе облыстың атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>The founding act is dated {date}, which is in the future.</source>
        <translation>Құру туралы акт {date} күнімен белгіленген — бұл күн әлі келген жоқ.</translation>
    </message>
</context>
<context>
    <name>CommissionScopeCombo</name>
    <message>
        <source>Own</source>
        <translation>Өз комиссиясы</translation>
    </message>
    <message>
        <source>All districts of the oblast</source>
        <translation>Облыстың барлық аудандары</translation>
    </message>
</context>
<context>
    <name>CommissionSetupDialog</name>
    <message>
        <source>Commission — set-up</source>
        <translation>Комиссия — бастапқы баптау</translation>
    </message>
    <message>
        <source>Describe the commission this database serves. Its names appear in the header of every minutes document; everything can be changed later under Administration.</source>
        <translation>Осы дерекқор жүргізілетін комиссия туралы мәліметтерді енгізіңіз. Комиссияның атаулары әр хаттаманың тақырыбында көрсетіледі; барлығын кейін «Әкімшілендіру» бөлімінде өзгертуге болады.</translation>
    </message>
    <message>
        <source>Decisions are binding unless marked otherwise</source>
        <translation>Егер өзгеше белгіленбесе, шешімдер орындалуға міндетті</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>Full name (&amp;Russian):</source>
        <translation>Толық атауы (&amp;орысша):</translation>
    </message>
    <message>
        <source>Full name (&amp;Kazakh):</source>
        <translation>Толық атауы (&amp;қазақша):</translation>
    </message>
    <message>
        <source>&amp;Akimat (Russian):</source>
        <translation>&amp;Әкімдік (орысша):</translation>
    </message>
    <message>
        <source>Akimat (Ka&amp;zakh):</source>
        <translation>Әкім&amp;дік (қазақша):</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Әкімшілік-аумақтық бірлік</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Де&amp;ңгейі:</translation>
    </message>
    <message>
        <source>Name (R&amp;ussian):</source>
        <translation>Атау&amp;ы (орысша):</translation>
    </message>
    <message>
        <source>Name (Ka&amp;zakh):</source>
        <translation>Атауы (қа&amp;зақша):</translation>
    </message>
    <message>
        <source>KATO code:</source>
        <translation>КАТО коды:</translation>
    </message>
</context>
<context>
    <name>CommissionTab</name>
    <message>
        <source>The commission is not set up yet. The administrator describes it when the program is first started.</source>
        <translation>Комиссия әлі бапталмаған. Әкімші ол туралы мәліметтерді бағдарлама алғаш іске қосылғанда енгізеді.</translation>
    </message>
    <message>
        <source>межведомственной комиссии по профилактике правонарушений …</source>
        <translation>межведомственной комиссии по профилактике правонарушений …</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Атаулары</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>Full name (&amp;Russian):</source>
        <translation>Толық атауы (&amp;орысша):</translation>
    </message>
    <message>
        <source>Full name (Ka&amp;zakh):</source>
        <translation>Толық атауы (қа&amp;зақша):</translation>
    </message>
    <message>
        <source>Short name (R&amp;ussian):</source>
        <translation>Қысқаша атауы (орыс&amp;ша):</translation>
    </message>
    <message>
        <source>Sh&amp;ort name (Kazakh):</source>
        <translation>Қысқ&amp;аша атауы (қазақша):</translation>
    </message>
    <message>
        <source>In the minutes' title (Russian):</source>
        <translation>Хаттама тақырыбында (орысша):</translation>
    </message>
    <message>
        <source>In the minutes' title (Kazakh):</source>
        <translation>Хаттама тақырыбында (қазақша):</translation>
    </message>
    <message>
        <source>&amp;Akimat (Russian):</source>
        <translation>&amp;Әкімдік (орысша):</translation>
    </message>
    <message>
        <source>Akimat (Kazak&amp;h):</source>
        <translation>Әкім&amp;дік (қазақша):</translation>
    </message>
    <message>
        <source>Serves:</source>
        <translation>Аумағы:</translation>
    </message>
    <message>
        <source>e.g. Resolution of the akimat</source>
        <translation>мысалы, әкімдіктің қаулысы</translation>
    </message>
    <message>
        <source>Tick when the date of the act is known.</source>
        <translation>Актінің күні белгілі болса, белгілеңіз.</translation>
    </message>
    <message>
        <source>Founding act</source>
        <translation>Құру туралы акт</translation>
    </message>
    <message>
        <source>Act &amp;type:</source>
        <translation>Акт&amp;інің түрі:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Decisions are binding unless stated</source>
        <translation>&amp;Егер өзгеше көрсетілмесе, шешімдер міндетті</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>дауыс беретін мүшелердің</translation>
    </message>
    <message>
        <source>of the voting members</source>
        <translation>бөлігінен астамы</translation>
    </message>
    <message>
        <source>The chair's &amp;vote decides a tie</source>
        <translation>Дауыстар тең болғанда төрағаны&amp;ң дауысы шешуші</translation>
    </message>
    <message>
        <source> working days before</source>
        <translation> жұмыс күні бұрын</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>К&amp;ворум:</translation>
    </message>
    <message>
        <source>A decision needs a &amp;majority of the voting members present</source>
        <translation>Шешім қатысқан дауыс беру құқығы бар мүшелердің кө&amp;пшілігімен қабылданады</translation>
    </message>
    <message>
        <source>Unticked: a majority of those who voted (abstentions do not count).</source>
        <translation>Белгіленбесе — дауыс бергендердің көпшілігімен (қалыс қалғандар есепке алынбайды).</translation>
    </message>
    <message>
        <source>&amp;Meetings per year:</source>
        <translation>Жылдағы отырыс сан&amp;ы:</translation>
    </message>
    <message>
        <source>Deadline on a day o&amp;ff:</source>
        <translation>Демалыс күнгі &amp;мерзім:</translation>
    </message>
    <message>
        <source>"Due soon" &amp;warning:</source>
        <translation>Мерзім т&amp;уралы ескерту:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Са&amp;қтау</translation>
    </message>
    <message>
        <source>Discard chan&amp;ges</source>
        <translation>Өзгерістерден &amp;бас тарту</translation>
    </message>
    <message>
        <source>The share must be below one, for example 1/2 or 2/3.</source>
        <translation>Үлес бірден кем болуы тиіс, мысалы 1/2 немесе 2/3.</translation>
    </message>
    <message>
        <source>A sitting has a quorum when more than half of the voting members are present.</source>
        <translation>Дауыс беру құқығы бар мүшелердің жартысынан астамы қатысса, отырыс заңды болып саналады.</translation>
    </message>
    <message>
        <source>A sitting has a quorum when more than {share} of the voting members are present.</source>
        <translation>Дауыс беру құқығы бар мүшелердің {share} бөлігінен астамы қатысса, отырыс заңды болып саналады.</translation>
    </message>
    <message>
        <source>Today there are {count} voting members: at least {needed} must be present.</source>
        <translation>Қазір дауыс беру құқығы бар мүшелер: {count}; кемінде {needed} мүше қатысуы тиіс.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>CompletenessBar</name>
    <message>
        <source>Texts to &amp;fill in…</source>
        <translation>&amp;Толтырылатын мәтіндер…</translation>
    </message>
</context>
<context>
    <name>CompositionTab</name>
    <message>
        <source>On &amp;date:</source>
        <translation>&amp;Күнге:</translation>
    </message>
    <message>
        <source>Whole &amp;history</source>
        <translation>Бүкіл &amp;тарихы</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>Мүше &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ауыстыру…</translation>
    </message>
    <message>
        <source>A decree puts a new person in this member's place from a date.</source>
        <translation>Осы мүшенің орнына белгілі бір күннен бастап басқа адамды тағайындау (қаулы немесе өкім негізінде).</translation>
    </message>
    <message>
        <source>{count} records in the history.</source>
        <translation>Тарихтағы жазбалар: {count}.</translation>
    </message>
    <message>
        <source>{count} members, {voting} of them voting.</source>
        <translation>Комиссия мүшелері: {count}, оның ішінде дауыс беру құқығымен: {voting}.</translation>
    </message>
</context>
<context>
    <name>ConfirmFeastDialog</name>
    <message>
        <source>Confirm the date of a feast</source>
        <translation>Мереке күнін растау</translation>
    </message>
    <message>
        <source>The holiday list computes «{name}» ahead: {date} is the expected date. Enter the date that was announced, or keep it if it is the same.</source>
        <translation>Тізімде «{name}» күні алдын ала есептелген: {date} — күтілетін күн. Жарияланған күнді енгізіңіз немесе сәйкес келсе, осы күнді қалдырыңыз.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
</context>
<context>
    <name>ControlCardDialog</name>
    <message>
        <source>Original due</source>
        <translation>Бастапқы мерзім</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <source>Incoming No.</source>
        <translation>Кіріс №</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Қосымшалар</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Сұрау күні</translation>
    </message>
    <message>
        <source>Old date</source>
        <translation>Бұрынғы мерзім</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>Ұсынылған мерзім</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Кім шешті</translation>
    </message>
    <message>
        <source>&amp;Register report…</source>
        <translation>Ақпаратты &amp;тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Қабылдау</translation>
    </message>
    <message>
        <source>Return for re&amp;work…</source>
        <translation>&amp;Пысықтауға қайтару…</translation>
    </message>
    <message>
        <source>Open the attached &amp;files</source>
        <translation>&amp;Файлдарды ашу</translation>
    </message>
    <message>
        <source>E&amp;xtension request…</source>
        <translation>Мерзімді &amp;ұзарту сұрауы…</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>Ұ&amp;зарту</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Бас &amp;тарту</translation>
    </message>
    <message>
        <source>Re&amp;move from control…</source>
        <translation>Бақылаудан &amp;алу…</translation>
    </message>
    <message>
        <source>Open the &amp;meeting record</source>
        <translation>&amp;Отырысты ашу</translation>
    </message>
    <message>
        <source>Control points</source>
        <translation>Бақылау мерзімдері</translation>
    </message>
    <message>
        <source>Reports of the selected point</source>
        <translation>Таңдалған мерзім бойынша ақпарат</translation>
    </message>
    <message>
        <source>Extensions of the selected point</source>
        <translation>Таңдалған мерзімді ұзартулар</translation>
    </message>
    <message>
        <source>Control card: decision {number}</source>
        <translation>Бақылау карточкасы: {number} шешім</translation>
    </message>
    <message>
        <source>Decision {number}, meeting No. {meeting} of {date}</source>
        <translation>{number} шешім, {date} № {meeting} отырыс</translation>
    </message>
    <message>
        <source>Kind: {kind}; {binding}</source>
        <translation>Түрі: {kind}; {binding}</translation>
    </message>
    <message>
        <source>Lead agency: {lead}</source>
        <translation>Жауапты орындаушы: {lead}</translation>
    </message>
    <message>
        <source>Co-executors: {names}</source>
        <translation>Бірлесіп орындаушылар: {names}</translation>
    </message>
    <message>
        <source>Term: {due}</source>
        <translation>Мерзімі: {due}</translation>
    </message>
    <message>
        <source>Removed from control on {date}: {note}</source>
        <translation>{date} бақылаудан алынды: {note}</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Пысықтауға қайтару</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Ескерту:</translation>
    </message>
    <message>
        <source>Remove from control</source>
        <translation>Бақылаудан алу</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
    <message>
        <source>Removed from control on {date} by decision {point} of meeting No. {number} of {meeting_date}</source>
        <translation>{meeting_date} № {number} хаттаманың {point}-тармағындағы шешіммен {date} бақылаудан алынды</translation>
    </message>
    <message>
        <source>Removed from control on {date}</source>
        <translation>{date} бақылаудан алынды</translation>
    </message>
</context>
<context>
    <name>CrossArea</name>
    <message>
        <source>Put on the &amp;agenda…</source>
        <translation>Күн &amp;тәртібіне енгізу…</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Қабылдамау…</translation>
    </message>
    <message>
        <source>&amp;Send a question to the oblast…</source>
        <translation>Облысқа мәселе &amp;жіберу…</translation>
    </message>
    <message>
        <source>Record the &amp;report…</source>
        <translation>&amp;Ақпаратты тіркеу…</translation>
    </message>
    <message>
        <source>Proposed by the districts</source>
        <translation>Аудандар ұсынған</translation>
    </message>
    <message>
        <source>Sent to the oblast</source>
        <translation>Облысқа жіберілген</translation>
    </message>
    <message>
        <source>Oblast commission decisions</source>
        <translation>Облыстық комиссияның шешімдері</translation>
    </message>
</context>
<context>
    <name>DashboardArea</name>
    <message>
        <source>&amp;Commission/district:</source>
        <translation>&amp;Комиссия/аудан:</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Мерзімі таяу</translation>
    </message>
    <message>
        <source>On control</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Show these decisions</source>
        <translation>Осы шешімдерді көрсету</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>Probation clients</source>
        <translation>Пробация есебінде тұрғандар</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>No agency has overdue decisions.</source>
        <translation>Мерзімі өткен шешімдер жоқ.</translation>
    </message>
    <message>
        <source>Lead agencies with the most overdue decisions</source>
        <translation>Мерзімі өткен шешімдері ең көп жауапты орындаушылар</translation>
    </message>
    <message>
        <source>Control state</source>
        <translation>Бақылау жай-күйі</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Double-click a state to see its decisions</source>
        <translation>Шешімдерді көру үшін жай-күйді екі рет басыңыз</translation>
    </message>
    <message>
        <source>Decisions by control state</source>
        <translation>Бақылау жай-күйі бойынша шешімдер</translation>
    </message>
    <message>
        <source>Execution discipline</source>
        <translation>Атқарушылық тәртіп</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Көрсеткіштер жүктелуде…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>The commission is not set up yet</source>
        <translation>Комиссия әлі бапталмаған</translation>
    </message>
    <message>
        <source>Today: {date}</source>
        <translation>Бүгін: {date}</translation>
    </message>
    <message>
        <source>past the due date</source>
        <translation>мерзімінде орындалмаған</translation>
    </message>
    <message numerus="yes">
        <source>due within %n working day(s)</source>
        <translation>
            <numerusform>%n жұмыс күні ішінде</numerusform>
            <numerusform>%n жұмыс күні ішінде</numerusform>
        </translation>
    </message>
    <message>
        <source>in work, term not near</source>
        <translation>жұмыста, мерзімі алыс</translation>
    </message>
    <message>
        <source>awaiting removal from control</source>
        <translation>бақылаудан алуды күтуде</translation>
    </message>
    <message>
        <source>Next meeting: {meeting}</source>
        <translation>Келесі отырыс: {meeting}</translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation>Отырыстар жоспарланбаған.</translation>
    </message>
    <message>
        <source>Last held: {meeting}</source>
        <translation>Соңғы өткізілгені: {meeting}</translation>
    </message>
    <message>
        <source>No meeting has been held yet.</source>
        <translation>Отырыстар әлі өткізілмеген.</translation>
    </message>
    <message>
        <source>On the register: {count}</source>
        <translation>Есепте тұрғандар: {count}</translation>
    </message>
    <message>
        <source>Open social-support cases: {count}</source>
        <translation>Әлеуметтік қолдаудың ашық істері: {count}</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number}, {date} ж.</translation>
    </message>
    <message>
        <source>No. {number} of {date} at {time}</source>
        <translation>№ {number}, {date} ж., сағ. {time}</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>Where the commission's records are kept</source>
        <translation>Комиссия деректері қайда сақталады</translation>
    </message>
    <message>
        <source>If only this computer works with the program, keep the database file on it. If several computers share one database, enter the address of the PostgreSQL server that the administrator gave you and test the connection.</source>
        <translation>Бағдарламамен тек осы компьютер жұмыс істесе, дерекқор файлын осында сақтаңыз. Бір дерекқормен бірнеше компьютер жұмыс істесе, әкімші берген PostgreSQL серверінің мекенжайын енгізіп, қосылымды тексеріңіз.</translation>
    </message>
    <message>
        <source>The file and its automatic backups stay on this computer; they are kept when the program is uninstalled.</source>
        <translation>Файл мен оның автоматты сақтық көшірмелері осы компьютерде сақталады және бағдарлама жойылғанда да қалады.</translation>
    </message>
    <message>
        <source>This database is already set up. Press «Next» and then «Finish»: you will log in with the account the administrator gave you.</source>
        <translation>Бұл дерекқор бапталған. «Келесі», содан кейін «Дайын» батырмасын басып, әкімші берген есептік жазбамен кіріңіз.</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Change a day</source>
        <translation>Күнді өзгерту</translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation>Күн қосу</translation>
    </message>
    <message>
        <source>A public holiday or a transferred day off is a day off; a working day is a Saturday or Sunday worked by government decree. Name the day or the decree.</source>
        <translation>Мереке күні мен ауыстырылған демалыс күні — жұмыс істемейтін күндер; жұмыс күні — Үкімет қаулысымен жұмыс күні болып белгіленген сенбі немесе жексенбі. Күннің атауын немесе қаулыны көрсетіңіз.</translation>
    </message>
    <message>
        <source>e.g. Government decree No. 123 of 15.01.2026</source>
        <translation>мысалы, Үкіметтің 15.01.2026 ж. № 123 қаулысы</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
</context>
<context>
    <name>DayTableModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Апта күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <source>{name} — awaiting confirmation</source>
        <translation>{name} — растауды күтеді</translation>
    </message>
</context>
<context>
    <name>DecidedBox</name>
    <message>
        <source>Decided</source>
        <translation>ҚАУЛЫ ЕТТІ</translation>
    </message>
    <message>
        <source>Add dec&amp;ision…</source>
        <translation>&amp;Шешім қосу…</translation>
    </message>
    <message>
        <source>Edit decision…</source>
        <translation>Шешімді өзгерту…</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Шешімді жою</translation>
    </message>
    <message>
        <source>Move the decision up (Alt+Up)</source>
        <translation>Шешімді жоғары жылжыту (Alt+↑)</translation>
    </message>
    <message>
        <source>Move the decision down (Alt+Down)</source>
        <translation>Шешімді төмен жылжыту (Alt+↓)</translation>
    </message>
    <message>
        <source>Move the decision up</source>
        <translation>Шешімді жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move the decision down</source>
        <translation>Шешімді төмен жылжыту</translation>
    </message>
    <message>
        <source>Open decision…</source>
        <translation>Шешімді ашу…</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Шешімді жою</translation>
    </message>
    <message>
        <source>Remove point {number} «{text}»? The following points are renumbered; what it did to earlier decisions is undone.</source>
        <translation>{number}-тармақ «{text}» жойылсын ба? Кейінгі тармақтардың нөмірлері өзгереді; бұл тармақтың бұрын қабылданған шешімдерге енгізген өзгерістерінің күші жойылады.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>New decision {number}</source>
        <translation>Жаңа шешім {number}</translation>
    </message>
    <message>
        <source>Decision {number}</source>
        <translation>Шешім {number}</translation>
    </message>
    <message>
        <source>There is no quorum: {present} of {total} voting members are marked present and {required} are needed. The decision cannot be recorded until the attendance shows a quorum.</source>
        <translation>Кворум жоқ: дауыс беру құқығы бар {total} мүшенің {present} қатысқан деп белгіленген, {required} қажет. Қатысу белгілері бойынша кворум болмайынша шешімді тіркеуге болмайды.</translation>
    </message>
    <message>
        <source>Write the point as the minutes will print it, without its number: whom it instructs and what to do. The term, the binding note and «report to the secretary» are added from the fields.</source>
        <translation>Тармақты хаттамада басылатындай етіп, нөмірсіз жазыңыз: кімге тапсырылады және не істеу қажет. Мерзімі, міндеттілігі туралы белгі және «ақпаратты хатшыға жіберу» өрістерден қосылады.</translation>
    </message>
    <message>
        <source>Com&amp;pose the text from the chosen points</source>
        <translation>Мәтінді таңдалған тармақтардан &amp;дайындау</translation>
    </message>
    <message>
        <source>&amp;Binding: the agencies must carry it out</source>
        <translation>Міндетт&amp;і: ұйымдар орындауы тиіс</translation>
    </message>
    <message>
        <source>Crime-prevention decisions are usually binding, social-support ones advisory. Tick it to give a social-support decision binding force.</source>
        <translation>Құқық бұзушылық профилактикасы жөніндегі шешімдер әдетте міндетті, әлеуметтік қолдау жөніндегілері — ұсынымдық сипатта болады. Әлеуметтік қолдау жөніндегі шешімге міндетті күш беру үшін белгілеңіз.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <source>&amp;Information on execution goes to the secretary</source>
        <translation>Орындалуы туралы ақпарат &amp;хатшыға жіберілсін</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Мәтіні:</translation>
    </message>
    <message>
        <source>&amp;Lead agency:</source>
        <translation>&amp;Жауапты
орындаушы:</translation>
    </message>
    <message>
        <source>C&amp;o-executors:</source>
        <translation>Бірлесіп
&amp;орындаушылар:</translation>
    </message>
    <message>
        <source>Earlier decisions concerned</source>
        <translation>Тармақ қатысты бұрын қабылданған шешімдер</translation>
    </message>
    <message>
        <source>For example: Take the information into account.</source>
        <translation>Мысалы: Ақпарат назарға алынсын.</translation>
    </message>
    <message>
        <source>For example: The police department (Kasymov E. B.) together with the education department is to organise preventive raids in places where young people spend their leisure.</source>
        <translation>Мысалы: Полиция бөлімі (Е. Б. Қасымов) білім бөлімімен бірлесіп жастардың бос уақытын өткізетін орындарда профилактикалық рейдтер ұйымдастырсын.</translation>
    </message>
    <message>
        <source>For example: The employment centre is recommended to consider employing …</source>
        <translation>Мысалы: Жұмыспен қамту орталығына … жұмысқа орналастыру мәселесін қарау ұсынылсын.</translation>
    </message>
    <message>
        <source>Tick the points below and press «Compose the text», or write it yourself.</source>
        <translation>Төмендегі тармақтарды белгілеп, «Мәтінді … дайындау» батырмасын басыңыз немесе мәтінді өзіңіз жазыңыз.</translation>
    </message>
    <message>
        <source>Tick the points below, give their new terms and press «Compose the text».</source>
        <translation>Төмендегі тармақтарды белгілеп, жаңа мерзімдерін көрсетіңіз және «Мәтінді … дайындау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Tick the points concerned first.</source>
        <translation>Алдымен қажетті тармақтарды белгілеңіз.</translation>
    </message>
</context>
<context>
    <name>DecisionModel</name>
    <message>
        <source>Co-executors: {names}</source>
        <translation>Бірлесіп орындаушылар: {names}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Дауыс беру</translation>
    </message>
</context>
<context>
    <name>DecisionsArea</name>
    <message>
        <source>Any term</source>
        <translation>Кез келген мерзім</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Осы апта</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Келесі апта</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Келесі ай</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Осы тоқсан</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>Binding and recommendations</source>
        <translation>Міндетті және ұсынымдар</translation>
    </message>
    <message>
        <source>Binding only</source>
        <translation>Тек міндетті</translation>
    </message>
    <message>
        <source>Recommendations only</source>
        <translation>Тек ұсынымдар</translation>
    </message>
    <message>
        <source>Search in the text of decisions</source>
        <translation>Шешімдер мәтінінен іздеу</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Жай-күйі:</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жылы:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Отырыс:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Мерзім:</translation>
    </message>
    <message>
        <source>&amp;Force:</source>
        <translation>&amp;Сипаты:</translation>
    </message>
    <message>
        <source>Control register (.xlsx)…</source>
        <translation>Бақылау тізілімі (.xlsx)…</translation>
    </message>
    <message>
        <source>Letters to agencies…</source>
        <translation>Ұйымдарға хаттар…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
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
        <source>Force</source>
        <translation>Сипаты</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Жауапты орындаушы</translation>
    </message>
    <message>
        <source>Co-executors</source>
        <translation>Бірлесіп орындаушылар</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Кешігу</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Working days since the due date</source>
        <translation>Мерзім өткеннен кейінгі жұмыс күндері</translation>
    </message>
    <message>
        <source>&amp;Open the control card</source>
        <translation>Бақылау карточкасын &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Copy the number</source>
        <translation>Нөмірін &amp;көшіру</translation>
    </message>
    <message>
        <source>«No. 2.1 of meeting No. 3 of 12.02.2026»</source>
        <translation>«12.02.2026 ж. № 3 отырыстың № 2.1 шешімі»</translation>
    </message>
    <message>
        <source>Open the &amp;meeting record</source>
        <translation>&amp;Отырысты ашу</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Барлық ұйымдар</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>No. {number} of meeting No. {meeting} of {date}</source>
        <translation>{date} ж. № {meeting} отырыстың № {number} шешімі</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Барлық жай-күйлер</translation>
    </message>
    <message>
        <source>&amp;Commission/district:</source>
        <translation>&amp;Комиссия/аудан:</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Барлық отырыстар</translation>
    </message>
    <message>
        <source>Counting the decisions…</source>
        <translation>Шешімдер саналуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n шешім</numerusform>
            <numerusform>%n шешім</numerusform>
        </translation>
    </message>
    <message>
        <source>All states ({count})</source>
        <translation>Барлық жай-күйлер ({count})</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number}, {date} ж.</translation>
    </message>
</context>
<context>
    <name>DeclineQuestionDialog</name>
    <message>
        <source>Decline the question</source>
        <translation>Мәселені қабылдамау</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
</context>
<context>
    <name>DeregisterDialog</name>
    <message>
        <source>Removal from the register</source>
        <translation>Есептен шығару</translation>
    </message>
    <message>
        <source>The client stays in the database with his cases; his open cases are closed on the same date. The list shows him in grey among those removed from the register.</source>
        <translation>Клиент өз істерімен бірге дерекқорда қалады; оның ашық істері сол күнмен жабылады. Тізімде ол есептен шығарылғандар арасында сұр түспен көрсетіледі.</translation>
    </message>
    <message>
        <source>Removed &amp;on:</source>
        <translation>Шығарылған &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>at</source>
        <translation>сағ.</translation>
    </message>
    <message>
        <source>e.g. the deputy akim; printed as the closing point of the minutes</source>
        <translation>мысалы, әкімнің орынбасарына; хаттаманың қорытынды тармағы ретінде басылады</translation>
    </message>
    <message>
        <source>For the secretariat; not printed</source>
        <translation>Хатшылық үшін; басып шығарылмайды</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Өткізілетін &amp;орны:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Өткізу &amp;форматы:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Chaired by:</source>
        <translation>Төр&amp;ағалық етуші:</translation>
    </message>
    <message>
        <source>Sec&amp;retary:</source>
        <translation>&amp;Хатшы:</translation>
    </message>
    <message>
        <source>Control of execution &amp;assigned to:</source>
        <translation>Орындалуын бақылау &amp;жүктелсін:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Е&amp;скертпелер:</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>Мәлі&amp;меттерді сақтау</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Қайта жүктеу</translation>
    </message>
    <message>
        <source>Show the meeting as stored; your edits are lost.</source>
        <translation>Отырыстың сақталған мәліметтерін көрсету; енгізілген түзетулер жойылады.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>DisciplineChart</name>
    <message>
        <source>Whole year</source>
        <translation>Бүкіл жыл</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>{n}-тоқсан</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>No control points fall due in this period.</source>
        <translation>Бұл кезеңде бірде-бір бақылау нүктесінің мерзімі келмейді.</translation>
    </message>
    <message>
        <source>Execution discipline of lead agencies, {year}</source>
        <translation>Жауапты орындаушылардың атқарушылық тәртібі, {year} жыл</translation>
    </message>
    <message>
        <source>Execution discipline of lead agencies, quarter {n} of {year}</source>
        <translation>Жауапты орындаушылардың атқарушылық тәртібі, {year} жылғы {n}-тоқсан</translation>
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
        <source>Control points due</source>
        <translation>Мерзімі келген бақылау нүктелері</translation>
    </message>
    <message>
        <source>{agency} — {score}</source>
        <translation>{agency} — {score}</translation>
    </message>
    <message>
        <source>Discipline score 0–100 = 100 × (F + ½·L + ½·P − ¼·R) / N: F executed in full on time, L executed in full late, P executed in part, R answers graded «formal reply», N the points closed or overdue.</source>
        <translation>Тәртіп көрсеткіші 0–100 = 100 × (F + ½·L + ½·P − ¼·R) / N: F — мерзімінде толық орындалды, L — кешігіп толық орындалды, P — ішінара орындалды, R — «формальды жауап» деп бағаланған жауаптар, N — жабылған және мерзімі өткен нүктелер.</translation>
    </message>
</context>
<context>
    <name>DiscussionDialog</name>
    <message>
        <source>Add a speech</source>
        <translation>Сөйлеген сөзді қосу</translation>
    </message>
    <message>
        <source>Speech of {speaker}</source>
        <translation>Сөйлеген сөз: {speaker}</translation>
    </message>
    <message>
        <source>For example: Kasymov E. B., head of the police department</source>
        <translation>Мысалы: Е. Б. Қасымов, полиция бөлімінің бастығы</translation>
    </message>
    <message>
        <source>What was said, as the minutes should put it (may be left empty).</source>
        <translation>Хаттамаға енгізілетін сөйлеген сөздің мазмұны (толтырмауға болады).</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Сөйлеуші:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Мазмұны:</translation>
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
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Мазмұны</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unsupported database address: {url}. Use an SQLite file or PostgreSQL.</source>
        <translation>Дерекқор мекенжайына қолдау көрсетілмейді: {url}. SQLite файлын немесе PostgreSQL пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The database file {url} was not found. If it is on a network drive or a removable disk, connect it and try again. A new database is created only by the first-run set-up or by «commission-admin db upgrade --create».</source>
        <translation>{url} дерекқор файлы табылмады. Егер ол желілік немесе алмалы дискіде болса, дискіні қосып, қайталап көріңіз. Жаңа дерекқор тек алғашқы баптау кезінде немесе «commission-admin db upgrade --create» командасымен жасалады.</translation>
    </message>
    <message>
        <source>The record was changed by another user while you were editing it. Nothing was saved; open it again to see the current version.</source>
        <translation>Сіз өңдеп жатқанда жазбаны басқа пайдаланушы өзгертті. Ештеңе сақталмады; ағымдағы нұсқасын көру үшін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The database file is busy with another program. Nothing was saved; try again in a moment.</source>
        <translation>Дерекқор файлын басқа бағдарлама пайдаланып жатыр. Ештеңе сақталмады; біраздан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database file {url} cannot be opened or written. Nothing was saved.</source>
        <translation>{url} дерекқор файлын ашу немесе оған жазу мүмкін емес. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The database server {url} is not reachable. Nothing was saved; check the network and try again.</source>
        <translation>{url} дерекқор серверіне қосылу мүмкін емес. Ештеңе сақталмады; желіні тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database {url} contains tables of another program. It was not changed.</source>
        <translation>{url} дерекқорында басқа бағдарламаның кестелері бар. Ол өзгертілмеді.</translation>
    </message>
    <message>
        <source>The database {url} was updated by a newer version of Commission (schema {revision}). Install the newer version; the database was not changed.</source>
        <translation>{url} дерекқоры «Комиссия» бағдарламасының жаңарақ нұсқасымен жаңартылған (схема {revision}). Жаңа нұсқаны орнатыңыз; дерекқор өзгертілмеді.</translation>
    </message>
    <message>
        <source>The database {url} needs an upgrade: run «commission-admin db upgrade».</source>
        <translation>{url} дерекқорын жаңарту қажет: «commission-admin db upgrade» командасын орындаңыз.</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>Орындау мерзімін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The due date {due} is earlier than the decision date {adopted}.</source>
        <translation>Орындау мерзімі ({due}) шешім күнінен ({adopted}) ерте.</translation>
    </message>
    <message>
        <source>Enter the number of days for the term.</source>
        <translation>Мерзімнің күн санын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The number of days must be at least 1.</source>
        <translation>Күн саны кемінде 1 болуы тиіс.</translation>
    </message>
    <message>
        <source>A term of {days} days is too long; the limit is {limit} days.</source>
        <translation>{days} күндік мерзім тым ұзақ; ең көбі — {limit} күн.</translation>
    </message>
    <message>
        <source>Choose the reporting period of a periodic term.</source>
        <translation>Кезеңдік мерзімнің есепті кезеңін таңдаңыз.</translation>
    </message>
    <message>
        <source>The reporting day must be from 1 to 31; {day} was entered.</source>
        <translation>Есеп беру күні 1-ден 31-ге дейін болуы тиіс; енгізілгені: {day}.</translation>
    </message>
    <message>
        <source>The end of control {until} is before the decision date {adopted}.</source>
        <translation>Бақылаудың аяқталуы ({until}) шешім күнінен ({adopted}) ерте.</translation>
    </message>
    <message>
        <source>The end of control {until} comes before the first reporting period ends on {period_end}.</source>
        <translation>Бақылаудың аяқталуы ({until}) бірінші есепті кезең аяқталғанға дейін ({period_end}) келеді.</translation>
    </message>
    <message>
        <source>An IIN may contain only digits.</source>
        <translation>ЖСН тек цифрлардан тұруы мүмкін.</translation>
    </message>
    <message>
        <source>An IIN has 12 digits; {count} were entered.</source>
        <translation>ЖСН 12 цифрдан тұрады; енгізілгені: {count}.</translation>
    </message>
    <message>
        <source>The 7th digit of an IIN (century and sex) must be from 1 to 6.</source>
        <translation>ЖСН-нің 7-цифры (ғасыр және жыныс) 1-ден 6-ға дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The first six digits of the IIN are not a real date.</source>
        <translation>ЖСН-нің алғашқы алты цифры нақты күнді білдірмейді.</translation>
    </message>
    <message>
        <source>The IIN check digit does not match; the number has a typing error.</source>
        <translation>ЖСН-нің бақылау цифры сәйкес келмейді: нөмірде қате жіберілген.</translation>
    </message>
    <message>
        <source>The birth date does not match the IIN.</source>
        <translation>Туған күні ЖСН-ге сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The sex does not match the IIN.</source>
        <translation>Жынысы ЖСН-ге сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The IIN gives a birth date before 1900; no one on the register was born then. Check the number.</source>
        <translation>ЖСН бойынша туған күні 1900 жылдан бұрын; есепте ондай адам жоқ. Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>The IIN gives a birth date in the future. Check the number.</source>
        <translation>ЖСН бойынша туған күні әлі келмеген. Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>The IIN gives a person younger than {age}, who cannot be on the probation register. Check the number.</source>
        <translation>ЖСН бойынша адам {age} жасқа толмаған, ол пробация қызметінің есебінде тұра алмайды. Нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>A BIN may contain only digits.</source>
        <translation>БСН тек цифрлардан тұруы мүмкін.</translation>
    </message>
    <message>
        <source>A BIN has 12 digits; {count} were entered.</source>
        <translation>БСН 12 цифрдан тұрады; енгізілгені: {count}.</translation>
    </message>
    <message>
        <source>The 3rd and 4th digits of a BIN are the month of registration, from 01 to 12.</source>
        <translation>БСН-нің 3-және 4-цифрлары — тіркелген айы, 01-ден 12-ге дейін.</translation>
    </message>
    <message>
        <source>The 5th digit of a BIN (the kind of organisation) must be 4, 5 or 6; an IIN is not a BIN.</source>
        <translation>БСН-нің 5-цифры (ұйым түрі) 4, 5 немесе 6 болуы тиіс; ЖСН БСН болып табылмайды.</translation>
    </message>
    <message>
        <source>The 6th digit of a BIN (head office, branch, representative office or peasant farm) must be from 0 to 3.</source>
        <translation>БСН-нің 6-цифры (бас ұйым, филиал, өкілдік немесе шаруа қожалығы) 0-ден 3-ке дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The BIN check digit does not match; the number has a typing error.</source>
        <translation>БСН-нің бақылау цифры сәйкес келмейді: нөмірде қате жіберілген.</translation>
    </message>
    <message>
        <source>Your role does not allow this action. Nothing was changed.</source>
        <translation>Сіздің рөліңіз бұл әрекетті орындауға рұқсат бермейді. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Enter the agency's name in Russian.</source>
        <translation>Ұйымның атауын орыс тілінде енгізіңіз.</translation>
    </message>
    <message>
        <source>The e-mail address «{email}» is not valid.</source>
        <translation>«{email}» электрондық пошта мекенжайы дұрыс емес.</translation>
    </message>
    <message>
        <source>An agency named «{name}» already exists.</source>
        <translation>«{name}» ұйымы анықтамалықта бұрыннан бар.</translation>
    </message>
    <message>
        <source>Another agency already has the BIN {bin}.</source>
        <translation>{bin} БСН басқа ұйымда бұрыннан көрсетілген.</translation>
    </message>
    <message>
        <source>Choose the district or city the akimat governs.</source>
        <translation>Әкімдік басқаратын ауданды немесе қаланы таңдаңыз.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Құпиясөз кемінде {n} таңбадан тұруы тиіс.</translation>
    </message>
    <message>
        <source>The database already has users; log in instead.</source>
        <translation>Дерекқорда пайдаланушылар бар; жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>Give the day a name, e.g. the decree that moved it.</source>
        <translation>Күннің атауын көрсетіңіз, мысалы, оны ауыстырған қаулыны.</translation>
    </message>
    <message>
        <source>{day} is a weekday and already a working day. To cancel a holiday on it, delete the holiday instead.</source>
        <translation>{day} — жұмыс аптасының күні, ол онсыз да жұмыс күні. Осы күнгі мерекені болдырмау үшін мереке туралы жазбаны жойыңыз.</translation>
    </message>
    <message>
        <source>The commission is not set up yet. The administrator describes it first.</source>
        <translation>Комиссия әлі бапталмаған. Алдымен әкімші ол туралы мәліметтерді енгізуі тиіс.</translation>
    </message>
    <message>
        <source>The database holds several commissions; choose one of them: {choices}.</source>
        <translation>Дерекқорда бірнеше комиссия бар; солардың бірін таңдаңыз: {choices}.</translation>
    </message>
    <message>
        <source>Records of another commission can be read but not changed.</source>
        <translation>Басқа комиссияның жазбаларын қарауға болады, бірақ өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Enter the commission's full name and the akimat.</source>
        <translation>Комиссияның толық атауын және әкімдікті көрсетіңіз.</translation>
    </message>
    <message>
        <source>The quorum share must be a fraction below one.</source>
        <translation>Кворум үлесі бірден кем бөлшек болуы тиіс.</translation>
    </message>
    <message>
        <source>Enter the name of the district, city or oblast.</source>
        <translation>Ауданның, қаланың немесе облыстың атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>This database already has a commission.</source>
        <translation>Бұл дерекқорда комиссия бұрыннан бар.</translation>
    </message>
    <message>
        <source>A KATO code is 9 digits.</source>
        <translation>КАТО коды 9 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The KATO code {code} is already used.</source>
        <translation>{code} КАТО коды бұрыннан пайдаланылуда.</translation>
    </message>
    <message>
        <source>Enter the member's full name and position.</source>
        <translation>Комиссия мүшесінің аты-жөнін және лауазымын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The end of membership ({end}) is before its start ({start}).</source>
        <translation>Мүшеліктің аяқталу күні ({end}) басталу күнінен ({start}) ерте.</translation>
    </message>
    <message>
        <source>{name} holds this role in the same period. End their membership first (the day before the new member starts).</source>
        <translation>Бұл кезеңде осы рөлді {name} атқарады. Алдымен оның мүшелігінің аяқталу күнін көрсетіңіз — жаңа мүшенің мүшелігі басталатын күннің алдындағы күн.</translation>
    </message>
    <message>
        <source>The replacement must start after the current member's start date.</source>
        <translation>Жаңа мүшенің мүшелігі ауыстырылатын мүшенің мүшелігі басталған күннен кейін басталуы тиіс.</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>Жазба енді жоқ; ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <source>This record was changed by {user} at {time} after you opened it. Nothing was saved; reopen it to see the changes.</source>
        <translation>Сіз ашқаннан кейін бұл жазбаны {user} пайдаланушысы өзгертті ({time}). Ештеңе сақталмады; өзгерістерді көру үшін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>A login is 2–64 Latin letters, digits, dots, hyphens or underscores, starting with a letter or digit.</source>
        <translation>Логин 2–64 латын әрпінен, цифрдан, нүктеден, дефистен немесе астын сызу белгісінен тұрады және әріптен не цифрдан басталады.</translation>
    </message>
    <message>
        <source>Enter the user's full name.</source>
        <translation>Пайдаланушының аты-жөнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>A probation officer must have a district: it limits which clients they see.</source>
        <translation>Пробация қызметкеріне аудан көрсетілуі тиіс: ол қызметкер көретін клиенттерді шектейді.</translation>
    </message>
    <message>
        <source>There is no district with the number {id}.</source>
        <translation>{id} нөмірлі аудан жоқ.</translation>
    </message>
    <message>
        <source>There is no agency with the number {id}.</source>
        <translation>{id} нөмірлі ұйым жоқ.</translation>
    </message>
    <message>
        <source>A probation officer works for a district, not for a commission: leave the commissions empty.</source>
        <translation>Пробация қызметкері комиссияда емес, ауданда жұмыс істейді: комиссияларды белгілемеңіз.</translation>
    </message>
    <message>
        <source>Choose at least one commission the user works for.</source>
        <translation>Пайдаланушы жұмыс істейтін кемінде бір комиссияны белгілеңіз.</translation>
    </message>
    <message>
        <source>There is no commission with the number {id}.</source>
        <translation>{id} нөмірлі комиссия жоқ.</translation>
    </message>
    <message>
        <source>The login «{login}» is already taken.</source>
        <translation>«{login}» логині бұрыннан пайдаланылуда.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from your own account or disable it.</source>
        <translation>Өз тіркелгіңізден әкімші рөлін алып тастауға немесе оны өшіруге болмайды.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>The database address is not valid. Use sqlite:///PATH/FILE.sqlite3 or postgresql+psycopg://USER@HOST/DATABASE.</source>
        <translation>Дерекқор мекенжайы дұрыс емес. sqlite:///ЖОЛ/ФАЙЛ.sqlite3 немесе postgresql+psycopg://ПАЙДАЛАНУШЫ@СЕРВЕР/ДЕРЕКҚОР пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The driver for this database address is not installed. For PostgreSQL use an address starting with postgresql+psycopg://.</source>
        <translation>Бұл дерекқор мекенжайына арналған драйвер орнатылмаған. PostgreSQL үшін postgresql+psycopg:// деп басталатын мекенжайды пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The folder of the database file cannot be created: {reason}</source>
        <translation>Дерекқор файлына арналған қалтаны құру мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Give the password on standard input.</source>
        <translation>Құпиясөзді стандартты енгізу арқылы беріңіз.</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>Құпиясөздер сәйкес келмейді. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>No password on standard input: give it as the first line.</source>
        <translation>Стандартты енгізуде құпиясөз жоқ: оны бірінші жолда беріңіз.</translation>
    </message>
    <message>
        <source>The text is too long: at most {limit} characters fit, {count} were entered.</source>
        <translation>Мәтін тым ұзын: ең көбі {limit} таңба, енгізілгені {count}.</translation>
    </message>
    <message>
        <source>The demo needs from {low} to {high} clients.</source>
        <translation>Демо-дерекқордағы клиенттер саны: ең азы {low}, ең көбі {high}.</translation>
    </message>
    <message>
        <source>The database {url} already holds data; the demo is built only into an empty database. Nothing was changed.</source>
        <translation>{url} дерекқорында деректер бар; демо-деректер тек бос дерекқорда құрылады. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The audit trail of this database is damaged, so nothing can be saved. Tell the administrator (commission-admin audit verify).</source>
        <translation>Осы дерекқордың аудит журналы бүлінген, сондықтан ештеңе сақталмайды. Әкімшіге хабарлаңыз (commission-admin audit verify).</translation>
    </message>
    <message>
        <source>The meeting's current state does not allow this step. Reopen the meeting to see its state and the steps it allows.</source>
        <translation>Отырыстың ағымдағы жай-күйі бұл әрекетке жол бермейді. Оның жай-күйін және рұқсат етілген әрекеттерді көру үшін отырысты қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The meeting of {date} has not taken place yet; it cannot be held.</source>
        <translation>{date} күнге белгіленген отырыс әлі өткен жоқ; оны өткізілді деп белгілеуге болмайды.</translation>
    </message>
    <message>
        <source>Finalise the minutes before recording that they were signed.</source>
        <translation>Хаттамаға қол қойылғанын белгілемес бұрын оны жасауды аяқтаңыз.</translation>
    </message>
    <message>
        <source>The minutes of meeting No. {number} of {date} are final, so nothing in them can be changed. To correct them, amend the minutes and give the reason.</source>
        <translation>№ {number} отырыстың ({date}) хаттамасы түпкілікті, оған ештеңе өзгертуге болмайды. Түзету үшін хаттамаға өзгеріс енгізіп, себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The meeting number must be 1 or more.</source>
        <translation>Отырыстың нөмірі кемінде 1 болуы тиіс.</translation>
    </message>
    <message>
        <source>Meeting No. {number} of {year} already exists; choose another number.</source>
        <translation>{year} жылғы № {number} отырыс бұрыннан бар; басқа нөмір таңдаңыз.</translation>
    </message>
    <message>
        <source>Meeting No. {number} of {year} already exists (dated {date}); choose another number.</source>
        <translation>{year} жылғы № {number} отырыс бұрыннан бар ({date}); басқа нөмір таңдаңыз.</translation>
    </message>
    <message>
        <source>The person chosen is not a member of the commission on {date}.</source>
        <translation>Таңдалған адам {date} күні комиссия мүшесі емес.</translation>
    </message>
    <message>
        <source>There is no meeting «{reference}». Give it as number/year, e.g. 3/2026.</source>
        <translation>«{reference}» отырысы табылмады. Оны нөмір/жыл түрінде көрсетіңіз, мысалы 3/2026.</translation>
    </message>
    <message>
        <source>This person is not a member of the commission on {date}; check the date.</source>
        <translation>Бұл адам {date} күні комиссия мүшесі емес; күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>Enter the name of the person replacing the member.</source>
        <translation>Комиссия мүшесін алмастыратын адамның аты-жөнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the invited person's name.</source>
        <translation>Шақырылған адамның аты-жөнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the question.</source>
        <translation>Мәселенің тұжырымын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The year {year} is not valid.</source>
        <translation>{year} жыл дұрыс көрсетілмеген.</translation>
    </message>
    <message>
        <source>The quarter must be from 1 to 4.</source>
        <translation>Тоқсан 1-ден 4-ке дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>The question is on the agenda of meeting No. {number} of {date}; it cannot be deleted. Remove it from that agenda first, or mark it dropped.</source>
        <translation>Мәселе № {number} отырыстың ({date}) күн тәртібіне енгізілген; оны жоюға болмайды. Алдымен оны сол күн тәртібінен алып тастаңыз немесе алынып тасталды деп белгілеңіз.</translation>
    </message>
    <message>
        <source>To put the question on an agenda, choose the meeting it goes to.</source>
        <translation>Мәселені күн тәртібіне енгізу үшін отырысты таңдаңыз.</translation>
    </message>
    <message>
        <source>Only a planned or carried-over question can be put on an agenda; this one is already on an agenda, done or dropped.</source>
        <translation>Күн тәртібіне тек жоспарланған немесе ауыстырылған мәселені енгізуге болады; бұл мәселе күн тәртібіне енгізілген, қаралған немесе алынып тасталған.</translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation>Дауыс саны теріс болмауы тиіс.</translation>
    </message>
    <message>
        <source>{counted} votes were entered, but only {present} voting members are present. Check the counts or the attendance.</source>
        <translation>Енгізілген дауыстар: {counted}, ал дауыс беру құқығы бар қатысушы мүшелер: {present}. Дауыс беру қорытындысын немесе қатысушылар тізімін тексеріңіз.</translation>
    </message>
    <message>
        <source>The chair's vote must be either for or against.</source>
        <translation>Төрағаның дауысы «қолдап» немесе «қарсы» болуы тиіс.</translation>
    </message>
    <message>
        <source>The {language} wording of documents is missing from this installation; reinstall the application.</source>
        <translation>Осы орнатылымда «{language}» тіліндегі құжаттардың тұжырымдары жоқ; бағдарламаны қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>Enter the question of the agenda item.</source>
        <translation>Күн тәртібі мәселесінің тұжырымын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The materials are due on {due}, after the meeting of {date}; they are needed before it.</source>
        <translation>Материалдарды ұсыну мерзімі ({due}) отырыс күнінен ({date}) кейін; материалдар отырысқа дейін қажет.</translation>
    </message>
    <message>
        <source>Item {position} already reviews the progress on earlier decisions; a meeting has one such item.</source>
        <translation>{position}-мәселе бұрын қабылданған шешімдердің орындалу барысына арналған; отырыс күн тәртібінде мұндай мәселе біреу ғана болады.</translation>
    </message>
    <message>
        <source>Enter who spoke.</source>
        <translation>Сөз сөйлеген адамды көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no quorum: {present} of {total} voting members are present and {required} are needed. Decisions cannot be recorded; check the attendance.</source>
        <translation>Кворум жоқ: дауыс беру құқығы бар {total} мүшенің {present} қатысады, {required} қажет. Шешімдерді тіркеуге болмайды; қатысушылар тізімін тексеріңіз.</translation>
    </message>
    <message>
        <source>Enter the text of the decision.</source>
        <translation>Шешімнің мәтінін енгізіңіз.</translation>
    </message>
    <message>
        <source>The lead agency cannot also be a co-executor of the same decision.</source>
        <translation>Жауапты орындаушы сол шешімнің бірлесіп орындаушысы бола алмайды.</translation>
    </message>
    <message>
        <source>Choose the lead agency before the co-executors.</source>
        <translation>Алдымен жауапты орындаушыны, содан кейін бірлесіп орындаушыларды таңдаңыз.</translation>
    </message>
    <message>
        <source>An instruction needs a lead agency: choose who is to carry it out.</source>
        <translation>Тапсырмаға жауапты орындаушы қажет: оны кім орындайтынын таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the decisions that are removed from control.</source>
        <translation>Бақылаудан алынатын шешімдерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Only a «remove from control» decision removes other decisions.</source>
        <translation>Басқа шешімдерді тек «Бақылаудан алу» түріндегі шешім бақылаудан алады.</translation>
    </message>
    <message>
        <source>Choose the decisions whose term is extended.</source>
        <translation>Орындау мерзімі ұзартылатын шешімдерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Only an «extend the term» decision extends terms.</source>
        <translation>Мерзімдерді тек «Мерзімді ұзарту» түріндегі шешім ұзартады.</translation>
    </message>
    <message>
        <source>The same decision is extended twice; give one date.</source>
        <translation>Бір шешімнің мерзімі екі рет ұзартылып тұр; бір күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>The agency chosen no longer exists.</source>
        <translation>Таңдалған ұйым енді жоқ.</translation>
    </message>
    <message>
        <source>«{name}» is marked inactive; instructions cannot go to it.</source>
        <translation>«{name}» ұйымы белсенді емес деп белгіленген; оған тапсырмалар жіберілмейді.</translation>
    </message>
    <message>
        <source>Enter the number of votes «for».</source>
        <translation>«Қолдап» берілген дауыстар санын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The votes are tied ({votes} to {votes}); the chair's vote decides. Say whether the chair voted for or against.</source>
        <translation>Дауыстар тең бөлінді ({votes} және {votes}); төрағаның дауысы шешуші. Төрағаның «қолдап» немесе «қарсы» дауыс бергенін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Reports or extensions are already registered for the term {due}; that term cannot be taken away.</source>
        <translation>{due} мерзімі бойынша орындау туралы ақпарат немесе ұзартулар тіркелген; бұл мерзімді алып тастауға болмайды.</translation>
    </message>
    <message>
        <source>A decision chosen no longer exists.</source>
        <translation>Таңдалған шешімдердің бірі енді жоқ.</translation>
    </message>
    <message>
        <source>Point {point} of meeting No. {number} is not a decision of an earlier held meeting.</source>
        <translation>№ {number} отырыстың {point}-тармағы бұрын өткізілген отырыстың шешімі емес.</translation>
    </message>
    <message>
        <source>Point {point} is not on control, so it cannot be changed.</source>
        <translation>{point}-тармақ бақылауда емес, сондықтан оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>The term {due} was extended again afterwards; undo the later extension first.</source>
        <translation>{due} мерзімі кейін тағы ұзартылған; алдымен кейінгі ұзартудың күшін жойыңыз.</translation>
    </message>
    <message>
        <source>The new term {new} of point {point} must be later than its current term {old} and not before the meeting.</source>
        <translation>{point}-тармақтың жаңа мерзімі ({new}) қазіргі мерзімнен ({old}) кеш және отырыс күнінен ерте болмауы тиіс.</translation>
    </message>
    <message>
        <source>Execution reports are already registered for this decision; it cannot be deleted. Cancel it in the control register instead.</source>
        <translation>Бұл шешім бойынша орындау туралы ақпарат тіркелген; оны жоюға болмайды. Оның орнына бақылау журналында шешімнің өзектілігін жойғанын белгілеңіз.</translation>
    </message>
    <message>
        <source>The minutes are already final.</source>
        <translation>Хаттама түпкілікті болып ресімделген.</translation>
    </message>
    <message>
        <source>The meeting was postponed or cancelled; it has no minutes to finalise.</source>
        <translation>Отырыс кейінге қалдырылған немесе болдырылмаған; оның хаттамасы жоқ.</translation>
    </message>
    <message>
        <source>The meeting of {date} has not taken place yet; its minutes cannot be final.</source>
        <translation>{date} күнге белгіленген отырыс әлі өткен жоқ; оның хаттамасы түпкілікті бола алмайды.</translation>
    </message>
    <message>
        <source>The attendance shows {present} of {total} voting members present; at least {required} are needed for a quorum. Mark the attendance before finalising.</source>
        <translation>Қатысу белгілері бойынша дауыс беру құқығы бар {total} мүшенің {present} қатысады; кворум үшін кемінде {required} қажет. Хаттаманы түпкілікті ресімдегенге дейін қатысушыларды белгілеңіз.</translation>
    </message>
    <message>
        <source>The agenda is empty: add at least one item.</source>
        <translation>Күн тәртібі бос: кемінде бір мәселе қосыңыз.</translation>
    </message>
    <message>
        <source>Give the reason for amending the minutes.</source>
        <translation>Хаттамаға өзгерістер енгізу себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Only final minutes are amended; these can be edited as they are.</source>
        <translation>Өзгерістер тек түпкілікті хаттамаға енгізіледі; бұл хаттаманы тікелей өңдеуге болады.</translation>
    </message>
    <message>
        <source>These minutes have no final revision {revision}.</source>
        <translation>Бұл хаттаманың {revision} түпкілікті редакциясы жоқ.</translation>
    </message>
    <message>
        <source>These minutes were saved by a newer version of the program; update it.</source>
        <translation>Бұл хаттама бағдарламаның жаңарақ нұсқасымен сақталған; бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>No point of the minutes No. {number} is addressed to this agency.</source>
        <translation>№ {number} хаттамада осы ұйымға арналған тармақтар жоқ.</translation>
    </message>
    <message>
        <source>Cannot save {name}: the file is open in Word or another program. Close the file in Word and try again.</source>
        <translation>{name} файлын сақтау мүмкін емес: файл Word-та немесе басқа бағдарламада ашық. Файлды жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Cannot save {name}: the folder does not exist or cannot be written to. Choose another folder.</source>
        <translation>{name} файлын сақтау мүмкін емес: қалта жоқ немесе оған жазуға болмайды. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot save {name}: the disk is full.</source>
        <translation>{name} файлын сақтау мүмкін емес: диск толы.</translation>
    </message>
    <message>
        <source>No point of meeting No. {number} is addressed to agency {agency}.</source>
        <translation>№ {number} отырыстың хаттамасында {agency} ұйымына арналған тармақтар жоқ.</translation>
    </message>
    <message>
        <source>The template {name} cannot be opened as a Word document (.docx or .dotx); choose another template in the settings.</source>
        <translation>{name} үлгісін Word құжаты (.docx немесе .dotx) ретінде ашу мүмкін емес; баптауларда басқа үлгіні таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file. Choose a file name to save to.</source>
        <translation>{name} — файл емес, қалта. Сақтау үшін файл атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>No point of these minutes names a lead agency or co-executor, so there is no extract to send.</source>
        <translation>Хаттаманың бірде-бір тармағында жауапты орындаушы немесе бірлесіп орындаушы көрсетілмеген, сондықтан үзінді жіберетін ұйым жоқ.</translation>
    </message>
    <message>
        <source>This decision is not on control (removed, cancelled or never controlled); nothing can be recorded against it.</source>
        <translation>Шешім бақылауда емес (бақылаудан алынған, өзектілігін жойған немесе бақылауға қойылмаған); ол бойынша ештеңе тіркелмейді.</translation>
    </message>
    <message>
        <source>The control point of {due} is already closed; nothing can be recorded on it.</source>
        <translation>{due} бақылау мерзімі жабылған; ол бойынша ештеңе тіркелмейді.</translation>
    </message>
    <message>
        <source>This agency is neither the lead agency nor a co-executor of the decision.</source>
        <translation>Бұл ұйым шешімнің жауапты орындаушысы да, бірлесіп орындаушысы да емес.</translation>
    </message>
    <message>
        <source>Case No. {number} has ended; it can no longer be changed.</source>
        <translation>№ {number} іс аяқталған; оны енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Case number {number} was just taken by another user; save again to get the next one.</source>
        <translation>№ {number} іс нөмірін басқа пайдаланушы жаңа ғана алды; келесі нөмірді алу үшін қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>Choose a probation officer for the case.</source>
        <translation>Іс үшін пробация қызметінің қызметкерін таңдаңыз.</translation>
    </message>
    <message>
        <source>The probation officer chosen works in another district.</source>
        <translation>Таңдалған пробация қызметкері басқа ауданда жұмыс істейді.</translation>
    </message>
    <message>
        <source>The client has been removed from the register; no case can be opened.</source>
        <translation>Клиент есептен шығарылған; іс ашуға болмайды.</translation>
    </message>
    <message>
        <source>The client already has an open case No. {number}; plan the help there.</source>
        <translation>Клиентте № {number} ашық іс бар; көмекті сол іс бойынша жоспарлаңыз.</translation>
    </message>
    <message>
        <source>Each kind of help is assessed once.</source>
        <translation>Көмектің әр түрі бір рет бағаланады.</translation>
    </message>
    <message>
        <source>The priority is from 1 (urgent) to {limit}.</source>
        <translation>Басымдық — 1-ден (шұғыл) {limit}-ге дейін.</translation>
    </message>
    <message>
        <source>Say why the programme is stopped.</source>
        <translation>Бағдарламаны тоқтату себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The date is before the case was opened ({date}).</source>
        <translation>Күні іс ашылған күннен ({date}) ерте.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Не болғанын сипаттаңыз.</translation>
    </message>
    <message>
        <source>The date {day} is in the future.</source>
        <translation>{day} күні әлі келген жоқ.</translation>
    </message>
    <message>
        <source>The measure is not one of this case's.</source>
        <translation>Бұл іс-шара басқа іске жатады.</translation>
    </message>
    <message>
        <source>Enter the text of the report.</source>
        <translation>Орындалу туралы ақпараттың мәтінін енгізіңіз.</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>Файлдың атауы жоқ.</translation>
    </message>
    <message>
        <source>The file «{name}» is {size} MB; at most {limit} MB can be attached. Compress it or attach it in parts.</source>
        <translation>«{name}» файлының көлемі {size} МБ; {limit} МБ-тан аспайтын файл тіркеуге болады. Оны сығыңыз немесе бөліктермен тіркеңіз.</translation>
    </message>
    <message>
        <source>The file «{name}» is empty.</source>
        <translation>«{name}» файлы бос.</translation>
    </message>
    <message>
        <source>The stored copy of «{name}» is damaged and cannot be opened. Ask the agency for the file again.</source>
        <translation>«{name}» сақталған көшірмесі бүлінген, оны ашу мүмкін емес. Файлды ұйымнан қайта сұратыңыз.</translation>
    </message>
    <message>
        <source>Say why the report is returned for rework.</source>
        <translation>Ақпараттың неге пысықтауға қайтарылатынын көрсетіңіз.</translation>
    </message>
    <message>
        <source>This report has already been assessed.</source>
        <translation>Бұл ақпарат қаралып қойған.</translation>
    </message>
    <message>
        <source>Enter the reason the agency gives.</source>
        <translation>Ұйым келтіретін себепті көрсетіңіз.</translation>
    </message>
    <message>
        <source>The proposed date must be later than the current term {due}.</source>
        <translation>Ұсынылған күн қолданыстағы {due} мерзімінен кейін болуы керек.</translation>
    </message>
    <message>
        <source>An extension of this term is already awaiting the chair's decision.</source>
        <translation>Бұл мерзімді ұзарту төрағаның шешімін күтуде.</translation>
    </message>
    <message>
        <source>This extension request has already been decided.</source>
        <translation>Мерзімді ұзарту туралы бұл өтініш бойынша шешім қабылданған.</translation>
    </message>
    <message>
        <source>The term is already {due}, not earlier than the date asked for; refuse the request instead.</source>
        <translation>Мерзім қазірдің өзінде {due}, сұралған күннен ерте емес; оның орнына өтінішті қабылдамаңыз.</translation>
    </message>
    <message>
        <source>The file «{name}» cannot be read.</source>
        <translation>«{name}» файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The programme has ended (completed, closed or stopped); its state can no longer change. Open a new case if the client needs help again.</source>
        <translation>Бағдарлама аяқталған (орындалған, жабылған немесе тоқтатылған); оның күйін енді өзгертуге болмайды. Клиентке қайта көмек қажет болса, жаңа іс ашыңыз.</translation>
    </message>
    <message>
        <source>The programme must be approved before work on it starts.</source>
        <translation>Орындауды бастамас бұрын бағдарламаны бекіту керек.</translation>
    </message>
    <message>
        <source>Only a programme in progress can be completed.</source>
        <translation>Тек орындалып жатқан бағдарламаны аяқтауға болады.</translation>
    </message>
    <message>
        <source>This change of the programme's state is not allowed.</source>
        <translation>Бағдарлама күйін бұлай өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Add at least one measure before approving the programme.</source>
        <translation>Бағдарламаны бекітпес бұрын кемінде бір іс-шара қосыңыз.</translation>
    </message>
    <message>
        <source>{count} measure(s) of the programme are not finished yet; record their outcome before completing it.</source>
        <translation>Бағдарламаның аяқталмаған іс-шаралары: {count}; бағдарламаны аяқтамас бұрын олардың нәтижелерін көрсетіңіз.</translation>
    </message>
    <message>
        <source>A programme is closed when the client is removed from the register; record the removal on the client's card, or stop the programme instead.</source>
        <translation>Бағдарлама клиент есептен шығарылғанда жабылады; есептен шығаруды клиент карточкасында белгілеңіз немесе бағдарламаны тоқтатыңыз.</translation>
    </message>
    <message>
        <source>The measure is already finished; its outcome can no longer change.</source>
        <translation>Іс-шара аяқталған; оның нәтижесін енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>A measure goes to the commission only by escalating it, with the reason.</source>
        <translation>Іс-шара комиссияның қарауына тек себебі көрсетіліп, комиссияға шығару арқылы беріледі.</translation>
    </message>
    <message>
        <source>This change of the measure's state is not allowed.</source>
        <translation>Іс-шара күйін бұлай өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Say why the measure is blocked and what is asked of the commission.</source>
        <translation>Іс-шараның неге орындалмай тұрғанын және комиссиядан не сұрайтыныңызды көрсетіңіз.</translation>
    </message>
    <message>
        <source>Only a measure of an approved programme can be sent to the commission.</source>
        <translation>Комиссияға тек бекітілген бағдарламаның іс-шарасын шығаруға болады.</translation>
    </message>
    <message>
        <source>Only a measure being worked on (assigned or in progress) can be sent to the commission; this one is finished or already sent.</source>
        <translation>Комиссияға тек жұмыстағы (тағайындалған немесе орындалып жатқан) іс-шараны шығаруға болады; бұл іс-шара аяқталған немесе бұрын шығарылған.</translation>
    </message>
    <message>
        <source>The row names neither the client's IIN nor a case.</source>
        <translation>Жолда клиенттің ЖСН-і де, іс нөмірі де жоқ.</translation>
    </message>
    <message>
        <source>Describe the action to be taken.</source>
        <translation>Іс-шараны сипаттаңыз.</translation>
    </message>
    <message>
        <source>The kind of need is missing.</source>
        <translation>Қажеттілік түрі көрсетілмеген.</translation>
    </message>
    <message>
        <source>The kind of need «{need}» is unknown.</source>
        <translation>«{need}» қажеттілік түрі белгісіз.</translation>
    </message>
    <message>
        <source>The state of the measure «{state}» is unknown.</source>
        <translation>«{state}» іс-шара жай-күйі белгісіз.</translation>
    </message>
    <message>
        <source>Choose an active agency responsible.</source>
        <translation>Жұмыс істеп тұрған жауапты органды таңдаңыз.</translation>
    </message>
    <message>
        <source>The deadline {due} is before the case was opened ({date}).</source>
        <translation>{due} мерзімі іс ашылған күннен ({date}) ерте.</translation>
    </message>
    <message>
        <source>The programme is approved, so its measures are part of it; record the measure's outcome instead of deleting it.</source>
        <translation>Бағдарлама бекітілген, оның іс-шаралары соның бөлігі; іс-шараны жоюдың орнына оның нәтижесін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Approve the programme before its measures are worked on.</source>
        <translation>Іс-шараларды орындауға кіріспес бұрын бағдарламаны бекітіңіз.</translation>
    </message>
    <message>
        <source>Describe the outcome of the measure.</source>
        <translation>Іс-шараның нәтижесін сипаттаңыз.</translation>
    </message>
    <message>
        <source>There is no client with this IIN on the register you keep; import the client list first.</source>
        <translation>Сіз жүргізетін есепте мұндай ЖСН-і бар клиент жоқ; алдымен клиенттер тізімін импорттаңыз.</translation>
    </message>
    <message>
        <source>There is no case No. {number} among the cases you keep.</source>
        <translation>Сіз жүргізетін істердің арасында № {number} іс жоқ.</translation>
    </message>
    <message>
        <source>Case No. {number} is another client's.</source>
        <translation>№ {number} іс басқа клиентке жатады.</translation>
    </message>
    <message>
        <source>The same measure of this client is already on row {row} of this file; the row was skipped.</source>
        <translation>Осы клиенттің дәл осы іс-шарасы осы файлдың {row}-жолында бар; жол өткізіп жіберілді.</translation>
    </message>
    <message>
        <source>The agency «{agency}» is not in the list of agencies; add it there or correct the name.</source>
        <translation>«{agency}» ұйымы ұйымдар тізімінде жоқ; оны тізімге қосыңыз немесе атауын түзетіңіз.</translation>
    </message>
    <message>
        <source>The completion date must be between the opening of the case and today.</source>
        <translation>Орындалған күні іс ашылған күннен ерте емес және бүгінгі күннен кеш емес болуы керек.</translation>
    </message>
    <message>
        <source>Enter the institution that sent the notice.</source>
        <translation>Хабарламаны жіберген мекемені көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the surname and the given name.</source>
        <translation>Тегі мен атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The expected release date is before the notice was received.</source>
        <translation>Босатылудың күтілетін күні хабарлама алынған күннен ерте.</translation>
    </message>
    <message>
        <source>A client with the same surname, name and birth date is already registered ({district}) under another IIN. Check the IIN; to enter this person on the register anyway, press Save again.</source>
        <translation>Осындай тегі, аты және туған күні бар клиент басқа ЖСН-мен есепте тұр ({district}). ЖСН-ді тексеріңіз; бұл адамды бәрібір есепке қою үшін «Сақтау» батырмасын қайта басыңыз.</translation>
    </message>
    <message>
        <source>The chosen residence is in another district; pass the notice to that district's probation service.</source>
        <translation>Таңдалған тұрғылықты жер басқа ауданда; хабарламаны сол ауданның пробация қызметіне жіберіңіз.</translation>
    </message>
    <message>
        <source>Choose the district.</source>
        <translation>Ауданды таңдаңыз.</translation>
    </message>
    <message>
        <source>A case has already been opened for this notice; open that case.</source>
        <translation>Бұл хабарлама бойынша іс бұрын ашылған; сол істі ашыңыз.</translation>
    </message>
    <message>
        <source>There is no district with the number {number}.</source>
        <translation>{number} нөмірлі аудан жоқ.</translation>
    </message>
    <message>
        <source>Name the district whose clients are imported: --district NUMBER.</source>
        <translation>Клиенттері жүктелетін ауданды көрсетіңіз: --district НӨМІР.</translation>
    </message>
    <message>
        <source>The file is not there (it was moved, renamed or is on a disconnected drive); nothing was imported.</source>
        <translation>Файл орнында жоқ (ол жылжытылған, атауы өзгертілген немесе ажыратылған дискіде); ештеңе жүктелмеді.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password; nothing was imported. Open it, remove the password (File → Info → Protect Workbook) and save it again.</source>
        <translation>Кітап құпиясөзбен қорғалған; ештеңе жүктелмеді. Оны ашып, құпиясөзді алып тастаңыз (Файл → Мәліметтер → Кітапты қорғау) және қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read; nothing was imported. Open it in Excel or LibreOffice and save it again.</source>
        <translation>Файл бүлінген, оқылмайды; ештеңе жүктелмеді. Оны Excel немесе LibreOffice бағдарламасында ашып, қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>This file is not a table the import reads; nothing was imported. Save the list as an Excel workbook (.xlsx, .xls), an OpenDocument spreadsheet (.ods) or CSV.</source>
        <translation>Бұл файл импорт оқитын кесте емес; ештеңе жүктелмеді. Тізімді Excel кітабы (.xlsx, .xls), OpenDocument кестесі (.ods) немесе CSV ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Жүктеу тоқтатылды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>«{field}» is not a client field; use one of: {fields}.</source>
        <translation>«{field}» — клиент карточкасының өрісі емес; мыналардың бірін қолданыңыз: {fields}.</translation>
    </message>
    <message>
        <source>No header row with the IIN and the name was found in the first {rows} rows. Map the columns by hand.</source>
        <translation>Алғашқы {rows} жолдан ЖСН мен аты-жөні бар тақырып жолы табылмады. Бағандарды қолмен сәйкестендіріңіз.</translation>
    </message>
    <message>
        <source>There is no column «{column}» in the header row.</source>
        <translation>Тақырып жолында «{column}» бағаны жоқ.</translation>
    </message>
    <message>
        <source>No IIN column was found. Map it by hand (for example iin=C).</source>
        <translation>ЖСН бағаны табылмады. Оны қолмен көрсетіңіз (мысалы, iin=C).</translation>
    </message>
    <message>
        <source>No column with the surname or the full name was found. Map it by hand (for example full_name=B).</source>
        <translation>Тегі немесе аты-жөні бар баған табылмады. Оны қолмен көрсетіңіз (мысалы, full_name=B).</translation>
    </message>
    <message>
        <source>The value in column {column} is not a date.</source>
        <translation>{column} бағанындағы мән күн емес.</translation>
    </message>
    <message>
        <source>The name in column {column} looks like a spreadsheet formula («=…»), not a person's name; correct the cell in the list.</source>
        <translation>{column} бағанында тегі мен атының орнына формула («=…») тұр; тізімдегі ұяшықты түзетіңіз.</translation>
    </message>
    <message>
        <source>The district «{district}» is not in the list of districts.</source>
        <translation>«{district}» ауданы аудандар тізімінде жоқ.</translation>
    </message>
    <message>
        <source>The register category is missing.</source>
        <translation>Есеп санаты көрсетілмеген.</translation>
    </message>
    <message>
        <source>The register category «{category}» is unknown.</source>
        <translation>«{category}» есеп санаты белгісіз.</translation>
    </message>
    <message>
        <source>The district is missing.</source>
        <translation>Аудан көрсетілмеген.</translation>
    </message>
    <message>
        <source>The probation officer «{officer}» is not a user of the program.</source>
        <translation>«{officer}» пробация қызметкері бағдарламаның пайдаланушысы емес.</translation>
    </message>
    <message>
        <source>The client belongs to a district you do not serve; the row was skipped.</source>
        <translation>Клиент сіз қызмет көрсетпейтін ауданға жатады; жол өткізіп жіберілді.</translation>
    </message>
    <message>
        <source>The same IIN is already on row {row} of this file; the row was skipped.</source>
        <translation>Дәл осы ЖСН осы файлдың {row}-жолында бар; жол өткізіп жіберілді.</translation>
    </message>
    <message>
        <source>A person with this IIN is already registered. Ask the head of the probation service or the administrator to transfer the card to your district; a second card cannot be created.</source>
        <translation>Осы ЖСН-мен адам есепте тұр. Карточканы сіздің ауданыңызға беруді пробация қызметінің басшысынан немесе әкімшіден сұраңыз; екінші карточка жасауға болмайды.</translation>
    </message>
    <message>
        <source>A client with this IIN is already registered (card No. {card}). Open that card instead of creating a second one.</source>
        <translation>Осы ЖСН-мен клиент есепте тұр (№ {card} карточка). Екінші карточка жасамай, сол карточканы ашыңыз.</translation>
    </message>
    <message>
        <source>Enter the client's surname.</source>
        <translation>Клиенттің тегін енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the client's name.</source>
        <translation>Клиенттің атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the client's IIN.</source>
        <translation>Клиенттің ЖСН-ін енгізіңіз.</translation>
    </message>
    <message>
        <source>The sentence cannot end before it starts.</source>
        <translation>Жаза мерзімі басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <source>The registration date is before the birth date.</source>
        <translation>Есепке қойылған күні туған күнінен бұрын.</translation>
    </message>
    <message>
        <source>This client belongs to a district you do not serve. Nothing was changed.</source>
        <translation>Бұл клиент сіз қызмет көрсетпейтін ауданға жатады. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Choose the client's district.</source>
        <translation>Клиенттің ауданын таңдаңыз.</translation>
    </message>
    <message>
        <source>The chosen probation officer does not exist.</source>
        <translation>Таңдалған пробация қызметінің қызметкері табылмады.</translation>
    </message>
    <message>
        <source>A client cannot be removed from the register before the day he was registered.</source>
        <translation>Клиентті есепке қойылған күнінен бұрын есептен шығаруға болмайды.</translation>
    </message>
    <message>
        <source>Find the client and choose him in the list.</source>
        <translation>Клиентті тауып, тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the notice.</source>
        <translation>Хабарламаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter the name or position as it reads in the nominative.</source>
        <translation>Атын немесе лауазымын атау септігінде енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the form to print.</source>
        <translation>Басылатын форманы енгізіңіз.</translation>
    </message>
    <message>
        <source>A form of «{name}» in this case is already stored.</source>
        <translation>«{name}» сөзінің осы септіктегі формасы сақталған.</translation>
    </message>
    <message>
        <source>Enter the phrase in Russian.</source>
        <translation>Тіркестің орысша мәтінін енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the phrase in Kazakh.</source>
        <translation>Тіркестің қазақша мәтінін енгізіңіз.</translation>
    </message>
    <message>
        <source>Braces mark the values a document fills in; remove the unmatched brace.</source>
        <translation>Фигуралық жақшалар құжат қоятын мәндерді белгілейді; артық жақшаны алып тастаңыз.</translation>
    </message>
    <message>
        <source>The document has nothing to put in {names}: remove it from the text.</source>
        <translation>Құжат {names} орнына ештеңе қоя алмайды: оны мәтіннен алып тастаңыз.</translation>
    </message>
    <message>
        <source>Keep {names} in the text: the document puts the record's values there.</source>
        <translation>Мәтінде {names} қалдырыңыз: құжат сол жерге деректерді қояды.</translation>
    </message>
    <message>
        <source>A phrase added in the office has no default words to go back to.</source>
        <translation>Қолмен қосылған тіркестің қайтаратын бастапқы мәтіні жоқ.</translation>
    </message>
    <message>
        <source>An application role is a PostgreSQL setting; an SQLite file has no roles.</source>
        <translation>Бағдарлама рөлі тек PostgreSQL үшін беріледі; SQLite файлында рөлдер жоқ.</translation>
    </message>
    <message>
        <source>«{role}» is not a valid PostgreSQL role name.</source>
        <translation>«{role}» — PostgreSQL рөлінің жарамсыз атауы.</translation>
    </message>
    <message>
        <source>The role «{role}» does not exist on the server: create it first (CREATE ROLE … LOGIN PASSWORD …).</source>
        <translation>Серверде «{role}» рөлі жоқ: алдымен оны жасаңыз (CREATE ROLE … LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <source>The rights of «{role}» could not be set: run the upgrade as the owner of the database.</source>
        <translation>«{role}» рөліне құқықтар берілмеді: жаңартуды дерекқор иесінің атынан орындаңыз.</translation>
    </message>
    <message>
        <source>A restore replaces the whole database: run it at a terminal to confirm, or add --yes. Nothing was changed.</source>
        <translation>Қалпына келтіру бүкіл дерекқорды алмастырады: растау үшін команданы терминалда іске қосыңыз немесе --yes қосыңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>A database in memory cannot be backed up.</source>
        <translation>Жадтағы дерекқордың сақтық көшірмесін жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The copy of the database failed its check: {reason}</source>
        <translation>Дерекқор көшірмесі тексеруден өтпеді: {reason}</translation>
    </message>
    <message>
        <source>The database could not be copied: {reason}</source>
        <translation>Дерекқорды көшіру мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be written into the database: {reason}</source>
        <translation>Сақтық көшірмені дерекқорға жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>The restored database failed its check: {reason}</source>
        <translation>Қалпына келтірілген дерекқор тексеруден өтпеді: {reason}</translation>
    </message>
    <message>
        <source>The file {file} cannot be read as a backup: {reason}</source>
        <translation>{file} файлын сақтық көшірме ретінде оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>The PostgreSQL program {tool} was not found. Install the PostgreSQL client tools (the same version as the server or newer) and add their bin folder to PATH.</source>
        <translation>PostgreSQL-дің {tool} бағдарламасы табылмады. PostgreSQL клиенттік бағдарламаларын (сервермен бірдей немесе жаңарақ нұсқасын) орнатып, олардың bin қалтасын PATH-қа қосыңыз.</translation>
    </message>
    <message>
        <source>{step} failed: {reason}</source>
        <translation>{step} қатесі: {reason}</translation>
    </message>
    <message>
        <source>The file {file} is not a backup of a Commission database.</source>
        <translation>{file} файлы «Комиссия» дерекқорының сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <source>The file {file} is a backup of another kind of database ({engine}); it cannot replace this one.</source>
        <translation>{file} файлы — басқа түрдегі дерекқордың ({engine}) сақтық көшірмесі; онымен бұл дерекқорды алмастыруға болмайды.</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer version of Commission (schema {revision}). Install the newer version to restore it; nothing was changed.</source>
        <translation>{file} сақтық көшірмесі «Комиссия» бағдарламасының жаңарақ нұсқасымен жасалған (схема {revision}). Оны қалпына келтіру үшін жаңа нұсқаны орнатыңыз; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to. Choose a folder this computer can create files in; the checkpoints stay where they were.</source>
        <translation>{folder} қалтасына жазу мүмкін емес. Бұл компьютер файл жасай алатын қалтаны таңдаңыз; бақылау белгілері бұрынғы орнында қалды.</translation>
    </message>
    <message>
        <source>Another user has just saved the same record. Nothing was saved; open it again to see the current version.</source>
        <translation>Басқа пайдаланушы дәл осындай жазбаны жаңа ғана сақтады. Ештеңе сақталмады; ағымдағы нұсқасын көру үшін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Another user has just saved an agency with the same name. Nothing was saved; open the list of agencies again to see it.</source>
        <translation>Басқа пайдаланушы дәл осындай атаулы ұйымды жаңа ғана сақтады. Ештеңе сақталмады; оны көру үшін ұйымдар анықтамалығын қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Another user has just saved an agency with the same BIN. Nothing was saved; open the list of agencies again to see it.</source>
        <translation>Басқа пайдаланушы дәл осындай БСН-і бар ұйымды жаңа ғана сақтады. Ештеңе сақталмады; оны көру үшін ұйымдар анықтамалығын қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Another user has just registered a client with the same IIN. Nothing was saved; find the client in the register, or run the import again.</source>
        <translation>Басқа пайдаланушы дәл осындай ЖСН-і бар клиентті жаңа ғана есепке қойды. Ештеңе сақталмады; клиентті тізілімнен табыңыз немесе импортты қайталаңыз.</translation>
    </message>
    <message>
        <source>Another administrator has just created a user with this login. Nothing was saved; choose another login.</source>
        <translation>Басқа әкімші осындай логині бар пайдаланушыны жаңа ғана құрды. Ештеңе сақталмады; басқа логин таңдаңыз.</translation>
    </message>
    <message>
        <source>Another user has just saved a meeting with the same number this year. Nothing was saved; choose another number.</source>
        <translation>Басқа пайдаланушы осы жылы дәл осындай нөмірлі отырысты жаңа ғана сақтады. Ештеңе сақталмады; басқа нөмір таңдаңыз.</translation>
    </message>
    <message>
        <source>The case number was just taken by another user. Nothing was saved; save again to get the next one.</source>
        <translation>Іс нөмірін басқа пайдаланушы жаңа ғана алды. Ештеңе сақталмады; келесі нөмірді алу үшін қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed. Nothing was saved. If it happens again, tell the administrator the incident number {incident}.</source>
        <translation>Қате орын алды, әрекет орындалмады. Ештеңе сақталмады. Қате қайталанса, әкімшіге {incident} оқиға нөмірін хабарлаңыз.</translation>
    </message>
    <message>
        <source>The password cannot consist of spaces only.</source>
        <translation>Құпиясөз тек бос орындардан тұра алмайды.</translation>
    </message>
    <message>
        <source>The password must not contain the login, forwards or backwards.</source>
        <translation>Құпиясөзде логин тура ретпен де, кері ретпен де болмауы тиіс.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones, which are tried first. Choose another.</source>
        <translation>Бұл құпиясөз ең көп тараған құпиясөздердің бірі, мұндай құпиясөздер бірінші болып тексеріледі. Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Wrong login or password. After several wrong tries the next one is heard only after a pause of up to a minute.</source>
        <translation>Логин немесе құпиясөз қате. Бірнеше қате әрекеттен кейін келесі әрекет бір минутқа дейінгі үзілістен соң ғана қабылданады.</translation>
    </message>
    <message>
        <source>You import into your own district, number {number}, only.</source>
        <translation>Клиенттерді тек өз ауданыңызға — {number} нөмірлі ауданға жүктей аласыз.</translation>
    </message>
    <message>
        <source>Give the password of the --user account at the terminal or in the COMMISSION_PASSWORD environment variable.</source>
        <translation>--user тіркелгісінің құпиясөзін терминалда енгізіңіз немесе COMMISSION_PASSWORD орта айнымалысында көрсетіңіз.</translation>
    </message>
    <message>
        <source>This database has user accounts: run the command in a user's name with --user LOGIN (the password is asked, or taken from COMMISSION_PASSWORD).</source>
        <translation>Бұл дерекқорда пайдаланушылардың тіркелгілері бар: команданы пайдаланушы атынан --user LOGIN арқылы орындаңыз (құпиясөз сұралады немесе COMMISSION_PASSWORD айнымалысынан алынады).</translation>
    </message>
    <message>
        <source>You do not work for the commission number {id}. Yours: {choices}.</source>
        <translation>Сіз № {id} комиссияда жұмыс істемейсіз. Сіздің комиссияларыңыз: {choices}.</translation>
    </message>
    <message>
        <source>Choose the district the client moves to.</source>
        <translation>Клиент көшетін ауданды таңдаңыз.</translation>
    </message>
    <message>
        <source>The client is already registered in this district.</source>
        <translation>Клиент осы ауданда есепте тұр.</translation>
    </message>
    <message>
        <source>The chosen officer does not work in the district the client moves to.</source>
        <translation>Таңдалған қызметкер клиент көшетін ауданда жұмыс істемейді.</translation>
    </message>
    <message>
        <source>Say why the client is transferred.</source>
        <translation>Клиентті беру себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>A client removed from the register cannot be transferred.</source>
        <translation>Есептен шығарылған клиентті басқа ауданға беруге болмайды.</translation>
    </message>
    <message>
        <source>The transfer date is before the day the client was registered.</source>
        <translation>Беру күні клиент есепке қойылған күннен бұрын.</translation>
    </message>
    <message>
        <source>Enter the question to send.</source>
        <translation>Жіберілетін мәселені енгізіңіз.</translation>
    </message>
    <message>
        <source>There is no oblast commission above this commission to send the question to.</source>
        <translation>Бұл комиссиядан жоғары мәселе жіберуге болатын облыстық комиссия жоқ.</translation>
    </message>
    <message>
        <source>This question has already been answered.</source>
        <translation>Бұл мәселе бойынша жауап берілген.</translation>
    </message>
    <message>
        <source>Say why the question is declined.</source>
        <translation>Мәселенің қабылданбау себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The file «{name}» is not a Word document or template (.docx or .dotx). Save the akimat's blank in Word as a .docx or .dotx and choose that file.</source>
        <translation>«{name}» файлы Word құжаты немесе үлгісі (.docx не .dotx) емес. Әкімдіктің бланкін Word-та .docx не .dotx ретінде сақтап, сол файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>The stored copy of «{name}» is damaged and cannot be opened. Choose the commission's template again in its settings.</source>
        <translation>«{name}» сақталған көшірмесі бүлінген, оны ашу мүмкін емес. Комиссияның үлгісін оның баптауларында қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Кезеңнің соңы басынан ерте.</translation>
    </message>
    <message>
        <source>Choose a period of at most three years.</source>
        <translation>Үш жылдан аспайтын кезеңді таңдаңыз.</translation>
    </message>
    <message>
        <source>The feast's date must be in the same year as the expected {day}.</source>
        <translation>Мереке күні күтілетін күнмен ({day}) бір жылда болуы керек.</translation>
    </message>
    <message>
        <source>Say why the report is graded below «executed».</source>
        <translation>Орындалуы неге «орындалды» дегеннен төмен бағаланғанын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The decision has no lead agency to write to.</source>
        <translation>Шешімнің хат жазатын негізгі орындаушысы жоқ.</translation>
    </message>
    <message>
        <source>The decision is neither overdue nor answered formally: there is nothing to escalate.</source>
        <translation>Шешімнің мерзімі өтпеген және оған формальды жауап берілмеген: эскалациялайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The steps are taken in order; the next one is another step.</source>
        <translation>Қадамдар ретімен орындалады; келесі қадам — басқа қадам.</translation>
    </message>
    <message>
        <source>No meeting is planned: plan the commission's next meeting, then put the question on its agenda.</source>
        <translation>Отырыс жоспарланбаған: комиссияның келесі отырысын жоспарлап, содан кейін мәселені оның күн тәртібіне енгізіңіз.</translation>
    </message>
    <message>
        <source>The file is in the Windows-1251 encoding, which has no Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і): check the names after the import, or save the list again as «CSV UTF-8».</source>
        <translation>Файл Windows-1251 кодтауында, онда қазақ әріптері (ә, ғ, қ, ң, ө, ұ, ү, һ, і) жоқ: импорттан кейін аты-жөндерді тексеріңіз немесе тізімді «CSV UTF-8» ретінде қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>Agencies not in the program's list: {agencies}. The rows naming them were rejected; add the agencies to the list or correct the names, then import again.</source>
        <translation>Бағдарлама тізімінде жоқ ұйымдар: {agencies}. Оларды атаған жолдар қабылданбады; ұйымдарды тізімге қосыңыз немесе атауларын түзетіп, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>No column with the client's IIN or the case number was found. Map it by hand (for example iin=B).</source>
        <translation>Клиенттің ЖСН-і немесе іс нөмірі бар баған табылмады. Оны қолмен көрсетіңіз (мысалы, iin=B).</translation>
    </message>
    <message>
        <source>«{field}» is not a field of the measures sheet; use one of: {fields}.</source>
        <translation>«{field}» — іс-шаралар парағының өрісі емес; мыналардың бірін пайдаланыңыз: {fields}.</translation>
    </message>
    <message>
        <source>The statistics are written to .xlsx or .docx files.</source>
        <translation>Статистика .xlsx немесе .docx файлдарына сақталады.</translation>
    </message>
    <message>
        <source>Quarterly statistics need a quarter (2026-Q3), annual ones a year.</source>
        <translation>Тоқсандық статистика үшін тоқсанды (2026-Q3), жылдық статистика үшін жылды көрсетіңіз.</translation>
    </message>
    <message>
        <source>Not a period: {period}. Write a quarter as 2026-Q3 or a year as 2026.</source>
        <translation>Кезең қате көрсетілген: {period}. Тоқсан 2026-Q3 түрінде, жыл 2026 түрінде жазылады.</translation>
    </message>
    <message>
        <source>Attach the scan of the signed minutes first. If it cannot be attached now, the chair may record the signature without it, giving the reason.</source>
        <translation>Алдымен қол қойылған хаттаманың сканын тіркеңіз. Егер қазір мүмкін болмаса, төраға себебін көрсетіп, қол қойылғанын скансыз белгілей алады.</translation>
    </message>
    <message>
        <source>The extracts are marked sent by themselves when the extract of every agency the points address has been saved or printed.</source>
        <translation>Тармақтар жолданған әр органның үзіндісі сақталғанда немесе басып шығарылғанда, үзінділер жіберілген болып өздігінен белгіленеді.</translation>
    </message>
    <message>
        <source>Only the extract of the final minutes, in their latest revision, is sent to the agencies.</source>
        <translation>Органдарға түпкілікті хаттаманың соңғы редакциясынан алынған үзінді ғана жіберіледі.</translation>
    </message>
    <message>
        <source>No point of these minutes is addressed to it.</source>
        <translation>Бұл хаттаманың бірде-бір тармағы осы органға жолданбаған.</translation>
    </message>
    <message>
        <source>Figures are kept for the police chief's report only; choose that kind for the item first.</source>
        <translation>Көрсеткіштер тек полиция бастығының есебі үшін жүргізіледі; алдымен мәселенің осы түрін таңдаңыз.</translation>
    </message>
    <message>
        <source>A figure of the report is a whole number from 0 to {limit}.</source>
        <translation>Есеп көрсеткіші — 0-ден {limit} дейінгі бүтін сан.</translation>
    </message>
    <message>
        <source>The quarter is a number from 1 to 4.</source>
        <translation>Тоқсан — 1-ден 4-ке дейінгі сан.</translation>
    </message>
    <message>
        <source>The report is about a quarter of {year} or earlier: the meeting is of {date}.</source>
        <translation>Есеп {year} жылғы немесе одан бұрынғы тоқсан үшін ғана болады: отырыс {date} өтеді.</translation>
    </message>
    <message>
        <source>Finalise the minutes before attaching the scan of the signed copy.</source>
        <translation>Қол қойылған дананың сканын тіркемес бұрын хаттаманы түпкілікті етіп бекітіңіз.</translation>
    </message>
    <message>
        <source>«{name}» is not a PDF or an image (JPEG, PNG, TIFF). Scan the signed minutes to one of these formats and attach that file.</source>
        <translation>«{name}» PDF те, сурет те (JPEG, PNG, TIFF) емес. Қол қойылған хаттаманы осы пішімдердің біріне сканерлеп, сол файлды тіркеңіз.</translation>
    </message>
    <message>
        <source>Say why the minutes are recorded as signed without their scan.</source>
        <translation>Хаттаманың скансыз қол қойылған болып белгіленетін себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the date from which the new name is valid.</source>
        <translation>Жаңа атаудың қолданыла басталатын күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>A new name is recorded from its date once that date has come.</source>
        <translation>Жаңа атау қолданыла басталатын күні келгенде енгізіледі.</translation>
    </message>
    <message>
        <source>The new name must be valid from a date after {date}.</source>
        <translation>Жаңа атау {date} күнінен кейінгі күннен бастап қолданылуы тиіс.</translation>
    </message>
    <message>
        <source>Enter the title of the required item.</source>
        <translation>Міндетті мәселенің атауын көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>Blocked measure: escalate to the commission</source>
        <translation>Іс-шараны комиссияға шығару</translation>
    </message>
    <message>
        <source>The measure «{action}» becomes a proposed item on the agenda of the commission's next planned meeting. Say what blocks it and what is asked of the commission; the reason stays in the case's log.</source>
        <translation>«{action}» іс-шарасы комиссияның келесі жоспарланған отырысының күн тәртібіне ұсынылады. Оның орындалуына не кедергі екенін және комиссиядан не сұралатынын көрсетіңіз; себебі іс журналында сақталады.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>Комиссияға &amp;шығару</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Log entry: case No. {number}</source>
        <translation>Журналдағы жазба: № {number} іс</translation>
    </message>
    <message>
        <source>(the case as a whole)</source>
        <translation>(іс толығымен)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Мазмұны:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Іс-шара:</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Қалтада көрсету</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Сақталды: {name}</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <source>Extract of the minutes</source>
        <translation>Хаттамадан үзінді</translation>
    </message>
    <message>
        <source>The extract holds only the points addressed to the agency chosen:</source>
        <translation>Үзіндіге тек таңдалған ұйымға арналған тармақтар енгізіледі:</translation>
    </message>
</context>
<context>
    <name>ExtractsSentBox</name>
    <message>
        <source>Extracts sent</source>
        <translation>Жіберілген үзінділер</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Жіберілмеген</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>{date} жіберілді</translation>
    </message>
    <message>
        <source>No point of the minutes is addressed to an agency.</source>
        <translation>Хаттаманың бірде-бір тармағы органға жолданбаған.</translation>
    </message>
    <message>
        <source>Every agency addressed has its extract.</source>
        <translation>Тармақтар жолданған барлық органдар үзінділерін алды.</translation>
    </message>
    <message>
        <source>Saving an agency's extract of the final minutes records it as sent that day.</source>
        <translation>Түпкілікті хаттамадан органға арналған үзінді сақталғанда, ол сол күні жіберілген болып белгіленеді.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Commission — administrator account</source>
        <translation>Комиссия — әкімшінің тіркелгісі</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator's account: the administrator then adds the secretaries, probation officers and other users.</source>
        <translation>Бұл дерекқорда әлі пайдаланушылар жоқ. Әкімшінің тіркелгісін жасаңыз: содан кейін әкімші хатшыларды, пробация қызметкерлерін және басқа пайдаланушыларды қосады.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Құпиясөзді қа&amp;йталау:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Commission — first start: step {number} of {total}</source>
        <translation>Комиссия — алғашқы іске қосу: {total} қадамның {number}-қадамы</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Дайын</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>This computer: {path}</source>
        <translation>Осы компьютер: {path}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Already set up: log in with your own account</source>
        <translation>Бапталған: өз есептік жазбаңызбен кіріңіз</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Әкімшілік-аумақтық бірлік</translation>
    </message>
    <message>
        <source>Founding act</source>
        <translation>Құру туралы акт</translation>
    </message>
    <message>
        <source>№ {number} of {date}</source>
        <translation>{date} № {number}</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Import of clients</source>
        <translation>Клиенттерді жүктеу</translation>
    </message>
    <message>
        <source>No (can be done later)</source>
        <translation>Жоқ (кейін жасауға болады)</translation>
    </message>
    <message>
        <source>The database is ready, but the settings file cannot be written. Press «Finish» again or check the rights to the user's folder.</source>
        <translation>Дерекқор дайын, бірақ баптаулар файлын жазу мүмкін болмады. «Дайын» батырмасын қайта басыңыз немесе пайдаланушы қалтасына құқықтарды тексеріңіз.</translation>
    </message>
    <message>
        <source>Stop the set-up</source>
        <translation>Баптауды тоқтату</translation>
    </message>
    <message>
        <source>Nothing you entered will be saved, and the program will close. Stop?</source>
        <translation>Енгізілген деректер сақталмайды және бағдарлама жабылады. Баптауды тоқтатасыз ба?</translation>
    </message>
</context>
<context>
    <name>GuestBox</name>
    <message>
        <source>Invited guests</source>
        <translation>Шақырылғандар</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position and organisation</source>
        <translation>Лауазымы және ұйымы</translation>
    </message>
    <message>
        <source>Position and organisation in Kazakh</source>
        <translation>Лауазымы мен ұйымы қазақша</translation>
    </message>
    <message>
        <source>Sex: the Russian minutes agree the position with it</source>
        <translation>Жынысы: орыс тіліндегі хаттамада лауазым соған сәйкес жазылады</translation>
    </message>
    <message>
        <source>&amp;Add guest</source>
        <translation>Шақырылғанды &amp;енгізу</translation>
    </message>
    <message>
        <source>Re&amp;move guest</source>
        <translation>Шақырылғанды &amp;жою</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Шақырылған</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Position (Kazakh)</source>
        <translation>Лауазымы (қазақша)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>Пайдаланушы нұсқаулығы бағдарламаның осы көшірмесімен бірге орнатылмаған.</translation>
    </message>
    <message>
        <source>The user guide could not be opened: no program for web pages is set up on this computer. The guide is in {path}</source>
        <translation>Пайдаланушы нұсқаулығын ашу мүмкін болмады: бұл компьютерде веб-беттерді қарайтын бағдарлама бапталмаған. Нұсқаулық мына жерде: {path}</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year's Day</source>
        <translation>Жаңа жыл</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православиелік Рождество</translation>
    </message>
    <message>
        <source>International Women's Day</source>
        <translation>Халықаралық әйелдер күні</translation>
    </message>
    <message>
        <source>Nowruz Holiday</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Kazakhstan's People Solidarity Holiday</source>
        <translation>Қазақстан халқының бірлігі мерекесі</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>Отан қорғаушы күні</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Жеңіс күні</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>Астана күні</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>Құрбан айт</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Конституция күні</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Республика күні</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Тәуелсіздік күні</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Day off moved from {date}</source>
        <translation>{date} күнінен ауыстырылған демалыс күні</translation>
    </message>
    <message>
        <source>{holiday} (moved day off)</source>
        <translation>{holiday} (ауыстырылған демалыс)</translation>
    </message>
    <message>
        <source>{holiday} (date expected)</source>
        <translation>{holiday} (күні расталуын күтуде)</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Қолмен енгізілген</translation>
    </message>
    <message>
        <source>Public holidays of Kazakhstan (list version {version})</source>
        <translation>Қазақстан Республикасының мерекелері (тізім нұсқасы {version})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>No file chosen</source>
        <translation>Файл таңдалмаған</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Columns of the list</source>
        <translation>Тізім бағандары</translation>
    </message>
    <message>
        <source>Choose the workbook with the list of clients.</source>
        <translation>Клиенттер тізімі бар Excel кітабын таңдаңыз.</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Т&amp;ексеру</translation>
    </message>
    <message>
        <source>A trial import: shows what would become of every row, writes nothing.</source>
        <translation>Сынақ импорты: әр жолға не болатынын көрсетеді, ештеңе жазбайды.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Есепті &amp;сақтау…</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>Файлдағы жол</translation>
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
        <source>Rows of the &amp;list:</source>
        <translation>Тізім &amp;жолдары:</translation>
    </message>
    <message>
        <source>The clients are registered in your district, {district}; rows of other districts are rejected.</source>
        <translation>Клиенттер сіздің ауданыңызда ({district}) есепке қойылады; басқа аудандардың жолдары қабылданбайды.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>No header row was found in the first rows.</source>
        <translation>Алғашқы жолдарда тақырып жолы табылмады.</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Кестеден импорттау</translation>
    </message>
    <message>
        <source>&amp;What the file holds:</source>
        <translation>Файлда &amp;не бар:</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV ({patterns})</source>
        <translation>Кестелер және CSV ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Тізілім файлы</translation>
    </message>
    <message>
        <source>Choose the file with the list.</source>
        <translation>Тізімі бар файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>Header found on row {row}: {recognised} of {total} columns recognised. Name the others by hand, or leave them out.</source>
        <translation>Тақырып {row}-жолдан табылды: {total} бағанның {recognised} танылды. Қалғандарын қолмен көрсетіңіз немесе импорттамаңыз.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Файлдағы тақырып</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Қалай импортталады</translation>
    </message>
    <message>
        <source>{field} (recognised, not imported)</source>
        <translation>{field} (танылды, импортталмайды)</translation>
    </message>
    <message>
        <source>{field} (recognised)</source>
        <translation>{field} (танылды)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— импорттамау —</translation>
    </message>
    <message>
        <source>Checking the rows of {file}…</source>
        <translation>{file} файлының жолдары тексерілуде…</translation>
    </message>
    <message>
        <source>Importing from {file}…</source>
        <translation>{file} файлынан импорттау…</translation>
    </message>
    <message>
        <source>Created: {created}, updated: {updated}, unchanged: {unchanged}, rejected: {rejected}.</source>
        <translation>Құрылды: {created}, жаңартылды: {updated}, өзгеріссіз: {unchanged}, қабылданбады: {rejected}.</translation>
    </message>
    <message>
        <source>Trial run: nothing was written to the database.</source>
        <translation>Сынақ: дерекқорға ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Импорт туралы есепті сақтау</translation>
    </message>
    <message>
        <source>Saving the import report…</source>
        <translation>Импорт туралы есеп сақталуда…</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <source>Programmes and measures</source>
        <translation>Бағдарламалар мен іс-шаралар</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Existing registers</source>
        <translation>Бар тізілімдер</translation>
    </message>
    <message>
        <source>Optional: clients kept so far in Excel</source>
        <translation>Міндетті емес: осы уақытқа дейін Excel-де жүргізілген клиенттер</translation>
    </message>
    <message>
        <source>If the probation clients were kept in a spreadsheet (.xlsx, .xls, .ods) or a CSV file, choose it here. Clients' personal data may be imported only by a probation officer: the import opens with this file when one first logs in on this computer, shows what will be taken and what skipped, and imports on confirmation. Leave the field empty to skip this step.</source>
        <translation>Пробация клиенттері кестеде (.xlsx, .xls, .ods) немесе CSV файлында жүргізілген болса, оны осында таңдаңыз. Клиенттердің дербес деректерін тек пробация қызметінің қызметкері импорттай алады: ол осы компьютерге алғаш кіргенде импорт осы файлмен ашылады, не қабылданатынын және не өткізілетінін көрсетеді және растаудан кейін орындалады. Бұл қадамды өткізу үшін өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>No file: nothing to import</source>
        <translation>Файл таңдалмаған — жүктейтін ештеңе жоқ</translation>
    </message>
    <message>
        <source>This can be done later at any time from the Clients area.</source>
        <translation>Мұны кейін кез келген уақытта «Клиенттер» бөлімінде жасауға болады.</translation>
    </message>
    <message>
        <source>Register of clients</source>
        <translation>Клиенттер тізілімі</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV ({patterns})</source>
        <translation>Кестелер және CSV ({patterns})</translation>
    </message>
    <message>
        <source>Choose a register file: .xlsx, .xlsm, .xls, .ods or .csv.</source>
        <translation>Тізілім файлын таңдаңыз: .xlsx, .xlsm, .xls, .ods немесе .csv.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>{name} файлы табылмады.</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
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
        <translation>Сол жақтағы тізімнен күн тәртібінің мәселесін таңдаңыз немесе жаңасын қосыңыз.</translation>
    </message>
    <message>
        <source>Sa&amp;ve item</source>
        <translation>Мәселені &amp;сақтау</translation>
    </message>
    <message>
        <source>Save the question, «Heard» and the speakers (Ctrl+S)</source>
        <translation>Мәселені, «ТЫҢДАЛДЫ» бөлімін және баяндамашыларды сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo &amp;changes</source>
        <translation>Өзгерістерді &amp;болдырмау</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>СӨЙЛЕГЕНДЕР</translation>
    </message>
    <message>
        <source>Add &amp;speech…</source>
        <translation>Сөйлеген сөзді &amp;енгізу…</translation>
    </message>
    <message>
        <source>Edit speech…</source>
        <translation>Сөйлеген сөзді өзгерту…</translation>
    </message>
    <message>
        <source>Remove speech</source>
        <translation>Сөйлеген сөзді жою</translation>
    </message>
    <message>
        <source>Clients' cases examined</source>
        <translation>Қаралатын клиенттердің істері</translation>
    </message>
    <message>
        <source>&amp;Link a case…</source>
        <translation>&amp;Істі қосу…</translation>
    </message>
    <message>
        <source>The minutes show the case number and the client's initials only.</source>
        <translation>Хаттамада тек іс нөмірі және клиенттің аты-жөнінің бас әріптері көрсетіледі.</translation>
    </message>
    <message>
        <source>Unlink case</source>
        <translation>Істі алып тастау</translation>
    </message>
    <message>
        <source>Decisions due since the previous meeting</source>
        <translation>Алдыңғы отырыстан кейін орындау мерзімі келген шешімдер</translation>
    </message>
    <message>
        <source>No decision of earlier meetings is due by this meeting.</source>
        <translation>Осы отырысқа дейін бұрынғы отырыстардың бірде-бір шешімінің орындалу мерзімі келмеді.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) of earlier meetings to review. Record what is removed from control or extended as decisions below.</source>
        <translation>
            <numerusform>Бұрынғы отырыстардың қаралатын шешімдері: %n. Бақылаудан алуды және мерзімді ұзартуды төменде шешім ретінде ресімдеңіз.</numerusform>
            <numerusform>Бұрынғы отырыстардың қаралатын шешімдері: %n. Бақылаудан алуды және мерзімді ұзартуды төменде шешім ретінде ресімдеңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Item {number}: {kind}</source>
        <translation>{number}-мәселе: {kind}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Open speech…</source>
        <translation>Сөйлеген сөзді ашу…</translation>
    </message>
    <message>
        <source>Remove a speech</source>
        <translation>Сөйлеген сөзді жою</translation>
    </message>
    <message>
        <source>Remove the speech of {speaker} from the minutes?</source>
        <translation>Хаттамадан сөйлеген сөз ({speaker}) жойылсын ба?</translation>
    </message>
    <message>
        <source>Unlink a case</source>
        <translation>Істі алып тастау</translation>
    </message>
    <message>
        <source>The item will no longer examine the case {case}. Unlink it?</source>
        <translation>{case} ісі бұдан былай осы мәселеде қаралмайды. Оны алып тастау керек пе?</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>Question</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Who reports, with the position; the agenda prints it after «Speaker:»</source>
        <translation>Баяндамашы лауазымымен; күн тәртібінде «Баяндамашы:» сөзінен кейін басылады</translation>
    </message>
    <message>
        <source>Materials &amp;due by</source>
        <translation>Материалдарды &amp;ұсыну мерзімі</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Мәселе:</translation>
    </message>
    <message>
        <source>Speake&amp;rs:</source>
        <translation>Баяндамашыла&amp;р:</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>ТЫҢДАЛДЫ</translation>
    </message>
    <message>
        <source>Whose report, e.g. «Kasymov E. B.»</source>
        <translation>Кімнің баяндамасы, мысалы «Е. Б. Қасымов»</translation>
    </message>
    <message>
        <source>What the report was about; e.g. «(the information is attached)»</source>
        <translation>Баяндаманың мазмұны, мысалы «(ақпарат қоса беріледі)»</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>Кімні&amp;ң баяндамасы:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Ма&amp;змұны:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Пробация қызметінің қызметкері</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Probation service</source>
        <translation>Пробация қызметі</translation>
    </message>
    <message>
        <source>Prosecutor's office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Employment centre</source>
        <translation>Жұмыспен қамту орталығы</translation>
    </message>
    <message>
        <source>Social protection</source>
        <translation>Әлеуметтік қорғау</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Денсаулық сақтау</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Білім беру</translation>
    </message>
    <message>
        <source>Youth policy</source>
        <translation>Жастар саясаты</translation>
    </message>
    <message>
        <source>Public service centre</source>
        <translation>ХҚКО</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Тұрғын үй мәселелері</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation>Үкіметтік емес ұйым</translation>
    </message>
    <message>
        <source>Religious association</source>
        <translation>Діни бірлестік</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Deputy chair</source>
        <translation>Төрағаның орынбасары</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Мереке күні</translation>
    </message>
    <message>
        <source>Transferred day off</source>
        <translation>Ауыстырылған демалыс күні</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Interagency crime-prevention commission (MVK)</source>
        <translation>Құқық бұзушылық профилактикасы жөніндегі ведомствоаралық комиссия (ВАК)</translation>
    </message>
    <message>
        <source>Consultative body for probation social support (KSO)</source>
        <translation>Пробация қызметінің есебінде тұрған адамдарды әлеуметтік қолдау жөніндегі консультативтік-кеңесші орган (ККО)</translation>
    </message>
    <message>
        <source>Merged commission (MVK and KSO)</source>
        <translation>Біріктірілген комиссия (ВАК және ККО)</translation>
    </message>
    <message>
        <source>Move to the next working day</source>
        <translation>Келесі жұмыс күніне ауыстыру</translation>
    </message>
    <message>
        <source>Move to the previous working day</source>
        <translation>Алдыңғы жұмыс күніне ауыстыру</translation>
    </message>
    <message>
        <source>Keep the date as it is</source>
        <translation>Ауыстырмау</translation>
    </message>
    <message>
        <source>Russian (Русский)</source>
        <translation>Орыс тілі (Русский)</translation>
    </message>
    <message>
        <source>Kazakh (Қазақша)</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі (English)</translation>
    </message>
    <message>
        <source>Republic</source>
        <translation>Республика</translation>
    </message>
    <message>
        <source>Oblast</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Жүйеге кіру</translation>
    </message>
    <message>
        <source>Failed log-in</source>
        <translation>Сәтсіз кіру</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Тіркелгіні бұғаттау</translation>
    </message>
    <message>
        <source>Rows recorded</source>
        <translation>Жазбалар есепке алынды</translation>
    </message>
    <message>
        <source>Rows taken into the trail</source>
        <translation>Жазбалар журнал есебіне алынды</translation>
    </message>
    <message>
        <source>Administrative unit</source>
        <translation>Әкімшілік-аумақтық бірлік</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Case on an agenda item</source>
        <translation>Күн тәртібі мәселесі бойынша іс</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Тіркеме</translation>
    </message>
    <message>
        <source>Attached file's content</source>
        <translation>Тіркелген файлдың мазмұны</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Отырысқа қатысу</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>Күнтізбе күні</translation>
    </message>
    <message>
        <source>Case event</source>
        <translation>Іс бойынша оқиға</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
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
        <translation>Бақылау нүктесі</translation>
    </message>
    <message>
        <source>Escalation step</source>
        <translation>Эскалация қадамы</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Шешімнің орындаушысы</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Discussion entry</source>
        <translation>Сөйлеген сөз</translation>
    </message>
    <message>
        <source>Execution report</source>
        <translation>Орындау туралы ақпарат</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Мерзімді ұзарту</translation>
    </message>
    <message>
        <source>Extract sent</source>
        <translation>Үзіндінің жіберілуі</translation>
    </message>
    <message>
        <source>Invited guest</source>
        <translation>Шақырылған адам</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Көмек шарасы</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Question proposed to the oblast</source>
        <translation>Облысқа ұсынылған мәселе</translation>
    </message>
    <message>
        <source>Minutes revision</source>
        <translation>Хаттама редакциясы</translation>
    </message>
    <message>
        <source>Form of a name</source>
        <translation>Есімнің септік формасы</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Қажеттілік</translation>
    </message>
    <message>
        <source>Outgoing letter</source>
        <translation>Шығыс хат</translation>
    </message>
    <message>
        <source>Phrase of the phrase book</source>
        <translation>Тұжырымдар анықтамалығының сөз тіркесі</translation>
    </message>
    <message>
        <source>Figure of the police report</source>
        <translation>Полиция есебінің көрсеткіші</translation>
    </message>
    <message>
        <source>Police chief's report</source>
        <translation>Полиция бастығының есебі</translation>
    </message>
    <message>
        <source>Release notice</source>
        <translation>Босату туралы хабарлама</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>User's commission</source>
        <translation>Пайдаланушының комиссиясы</translation>
    </message>
    <message>
        <source>Work plan item</source>
        <translation>Жұмыс жоспарының тармағы</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>final</source>
        <translation>ресімделді</translation>
    </message>
    <message>
        <source>being amended</source>
        <translation>өзгерістер енгізілуде</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Бетпе-бет</translation>
    </message>
    <message>
        <source>Videoconference</source>
        <translation>Бейнеконференцбайланыс</translation>
    </message>
    <message>
        <source>In person and by videoconference</source>
        <translation>Бетпе-бет және бейнеконференцбайланыс арқылы</translation>
    </message>
    <message>
        <source>— not marked —</source>
        <translation>— белгіленбеген —</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Қатысады</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Қатыспайды</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Алмастырылды</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>work plan question</comment>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>Күн тәртібіне енгізілді</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Ауыстырылды</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Алынып тасталды</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Қаралды</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Agenda approved</source>
        <translation>Күн тәртібі бекітілді</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>Хаттама ресімделді</translation>
    </message>
    <message>
        <source>Minutes signed</source>
        <translation>Хаттамаға қол қойылды</translation>
    </message>
    <message>
        <source>Extracts sent</source>
        <translation>Үзінділер жіберілді</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Кейінге қалдырылды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Кезекті</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Кезектен тыс</translation>
    </message>
    <message>
        <source>Not on control</source>
        <translation>Бақылауда емес</translation>
    </message>
    <message>
        <source>On control</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Пысықтауда</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Removed from control</source>
        <translation>Бақылаудан алынды</translation>
    </message>
    <message>
        <source>Term extended</source>
        <translation>Мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>Өзектілігін жойды</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Мерзімі таяу</translation>
    </message>
    <message>
        <source>Conditional sentence</source>
        <translation>Шартты түрде сотталу</translation>
    </message>
    <message>
        <source>Restriction of liberty</source>
        <translation>Бас бостандығын шектеу</translation>
    </message>
    <message>
        <source>Parole</source>
        <translation>Шартты түрде мерзімінен бұрын босату</translation>
    </message>
    <message>
        <source>Other non-custodial punishment</source>
        <translation>Бас бостандығынан айырумен байланысты емес өзге жаза</translation>
    </message>
    <message>
        <source>Deferred sentence</source>
        <translation>Жазаны өтеуді кейінге қалдыру</translation>
    </message>
    <message>
        <source>Released after serving</source>
        <translation>Жазасын өтеп босатылған</translation>
    </message>
    <message>
        <source>Pre-trial</source>
        <translation>Сотқа дейінгі пробация</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Кәмелетке толмаған</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекітілді</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>Crime prevention</source>
        <translation>Құқық бұзушылық профилактикасы</translation>
    </message>
    <message>
        <source>Social support of a probation client</source>
        <translation>Пробация есебіндегі адамды әлеуметтік қолдау</translation>
    </message>
    <message>
        <source>Police quarterly report</source>
        <translation>Полицияның тоқсандық ақпараты</translation>
    </message>
    <message>
        <source>Progress on earlier decisions</source>
        <translation>Бұрын қабылданған шешімдердің орындалу барысы</translation>
    </message>
    <message>
        <source>Take note</source>
        <translation>Назарға алу</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Ұсыным</translation>
    </message>
    <message>
        <source>Remove from control</source>
        <translation>Бақылаудан алу</translation>
    </message>
    <message>
        <source>Extend the term</source>
        <translation>Мерзімді ұзарту</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Ұсынымдық</translation>
    </message>
    <message>
        <source>Client transfer</source>
        <translation>Клиентті беру</translation>
    </message>
    <message>
        <source>Commission's name</source>
        <translation>Комиссияның атауы</translation>
    </message>
    <message>
        <source>Required item</source>
        <translation>Міндетті мәселе</translation>
    </message>
    <message>
        <source>Support to persons in a difficult life situation (half-yearly assessment)</source>
        <translation>Қиын өмірлік жағдайдағы адамдарға қолдау (жартыжылдық бағалау)</translation>
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
        <translation>Қадам</translation>
    </message>
    <message>
        <source>Outgoing No. / meeting</source>
        <translation>Шығ. № / отырыс</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Open the &amp;letter</source>
        <translation>&amp;Хатты ашу</translation>
    </message>
    <message>
        <source>answered formally</source>
        <translation>формальды жауап алынған</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <source>The decision is {reason}; next step: {step}.</source>
        <translation>Шешім бойынша {reason}; келесі қадам: {step}.</translation>
    </message>
    <message>
        <source>&amp;Take: {step}</source>
        <translation>&amp;Орындау: {step}</translation>
    </message>
    <message>
        <source>No step is due: the decision is neither overdue nor answered formally.</source>
        <translation>Қадам қажет емес: шешімнің мерзімі өтпеген және формальды жауап жоқ.</translation>
    </message>
    <message>
        <source>Every step of the ladder has been taken.</source>
        <translation>Эскалацияның барлық қадамдары орындалды.</translation>
    </message>
    <message>
        <source>&amp;Take the next step</source>
        <translation>Келесі қадамды &amp;орындау</translation>
    </message>
    <message>
        <source>meeting No. {number} of {date}</source>
        <translation>{date} № {number} отырыс</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Commission</source>
        <translation>«Комиссия» бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>First start on this computer</source>
        <translation>Осы компьютердегі алғашқы іске қосу</translation>
    </message>
    <message>
        <source>This assistant prepares the program for work in a few steps: the database, the commission, and the administrator's account. Nothing is saved until you press «Finish» on the last page; «Back» keeps what you entered.</source>
        <translation>Бұл шебер бағдарламаны бірнеше қадаммен жұмысқа дайындайды: дерекқор, комиссия және әкімшінің есептік жазбасы. Соңғы беттегі «Дайын» батырмасын басқанға дейін ештеңе сақталмайды; «Артқа» батырмасы енгізілгеннің бәрін сақтайды.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
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
        <translation>Бүгінгі автоматты сақтық көшірме жасалмады: {reason}
Бағдарлама әдеттегідей жұмыс істейді; әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>Preparing the demo database…</source>
        <translation>Демонстрациялық дерекқор дайындалуда…</translation>
    </message>
    <message>
        <source>The commission is not set up in this database yet. Ask the administrator.</source>
        <translation>Бұл дерекқорда комиссия әлі сипатталмаған. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>Import of clients</source>
        <translation>Клиенттерді импорттау</translation>
    </message>
    <message>
        <source>The list «{name}» will be offered for import to the first probation officer who logs in on this computer: only that role may import clients' personal data.</source>
        <translation>«{name}» тізімі осы компьютерге кірген пробация қызметінің бірінші қызметкеріне импорттауға ұсынылады: клиенттердің дербес деректерін тек осы рөл импорттай алады.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Commission — log in</source>
        <translation>Комиссия — жүйеге кіру</translation>
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
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Дерекқор: {url}</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My cases</source>
        <translation>Менің істерім</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>Oblast and districts</source>
        <translation>Облыс және аудандар</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Әкімшілендіру</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>Дерекқор: {url}</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Пайдаланушы: {name} ({role})</translation>
    </message>
    <message>
        <source>Switch to another of your commissions</source>
        <translation>Өзіңіздің басқа комиссияңызға ауысу</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>Шы&amp;ғу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Find everywhere…</source>
        <translation>Барлық жерден &amp;іздеу…</translation>
    </message>
    <message>
        <source>Find in this &amp;list</source>
        <translation>Осы &amp;тізімнен табу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;About Commission</source>
        <translation>Бағдарлама &amp;туралы</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Командалар тақтасы</translation>
    </message>
    <message>
        <source>Find everywhere</source>
        <translation>Барлық жерден іздеу</translation>
    </message>
    <message>
        <source>Find everywhere (Ctrl+K)</source>
        <translation>Барлық жерден іздеу (Ctrl+K)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>User guide (F1)</source>
        <translation>Пайдаланушы нұсқаулығы (F1)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>New measure: case No. {number}</source>
        <translation>Жаңа іс-шара: № {number} іс</translation>
    </message>
    <message>
        <source>Measure: case No. {number}</source>
        <translation>Іс-шара: № {number} іс</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(таңдалмаған)</translation>
    </message>
    <message>
        <source>by</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>Көмек &amp;түрі:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Іс-шара:</translation>
    </message>
    <message>
        <source>Responsible a&amp;gency:</source>
        <translation>&amp;Жауапты орган:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Нәтиже:</translation>
    </message>
    <message>
        <source>The measure is finished: only its texts in Kazakh may still be added.</source>
        <translation>Іс-шара аяқталған: оның қазақ тіліндегі мәтіндерін ғана қосуға болады.</translation>
    </message>
</context>
<context>
    <name>MeasureOutcomeDialog</name>
    <message>
        <source>Outcome of the measure</source>
        <translation>Іс-шараның нәтижесі</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Қорытынды:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Нәтиже:</translation>
    </message>
    <message>
        <source>&amp;Completed on:</source>
        <translation>&amp;Орындалған күні:</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <source>As in the composition: {name}</source>
        <translation>Комиссия құрамы бойынша: {name}</translation>
    </message>
    <message>
        <source>— not chosen —</source>
        <translation>— таңдалмаған —</translation>
    </message>
    <message>
        <source>(not a member on this date)</source>
        <translation>(осы күні комиссия мүшесі емес)</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>← &amp;All meetings</source>
        <translation>← &amp;Барлық отырыстар</translation>
    </message>
    <message>
        <source>Back to the list of meetings (Esc)</source>
        <translation>Отырыстар тізіміне оралу (Esc)</translation>
    </message>
    <message>
        <source>A&amp;pprove the agenda</source>
        <translation>Күн тәртібін бек&amp;іту</translation>
    </message>
    <message>
        <source>Reopen the agenda</source>
        <translation>Күн тәртібін бекітуді болдырмау</translation>
    </message>
    <message>
        <source>Mark as &amp;held</source>
        <translation>Өткізілді деп бел&amp;гілеу</translation>
    </message>
    <message>
        <source>&amp;Finalise the minutes</source>
        <translation>Хаттаманы &amp;ресімдеу</translation>
    </message>
    <message>
        <source>Locks the record and keeps it as the next revision of the minutes.</source>
        <translation>Хаттаманы өзгертуге жабады және оны келесі редакция ретінде сақтайды.</translation>
    </message>
    <message>
        <source>A&amp;mend the minutes…</source>
        <translation>Хаттамаға &amp;өзгерістер енгізу…</translation>
    </message>
    <message>
        <source>Minutes si&amp;gned</source>
        <translation>Хаттамаға &amp;қол қойылды</translation>
    </message>
    <message>
        <source>Po&amp;stpone</source>
        <translation>Кейінге қ&amp;алдыру</translation>
    </message>
    <message>
        <source>Plan a&amp;gain</source>
        <translation>Қайта жоспарла&amp;у</translation>
    </message>
    <message>
        <source>&amp;Cancel the meeting…</source>
        <translation>Отырысты болдыр&amp;мау…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Мә&amp;ліметтер</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Қа&amp;тысу</translation>
    </message>
    <message>
        <source>Age&amp;nda and decisions</source>
        <translation>Күн тәртібі және &amp;шешімдер</translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation>&amp;Хаттама</translation>
    </message>
    <message>
        <source>{state}, revision {revision}</source>
        <translation>{state}, {revision}-редакция</translation>
    </message>
    <message>
        <source>Meeting No. {number} of {date} — {status} — Minutes: {minutes}</source>
        <translation>№ {number} отырыс, {date} ж. — {status} — хаттама: {minutes}</translation>
    </message>
    <message>
        <source>The minutes are final (revision {revision}). To change them, click “Amend the minutes”.</source>
        <translation>Хаттама ресімделді ({revision}-редакция). Оны өзгерту үшін «Хаттамаға өзгерістер енгізу» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>The minutes are being amended ({reason}). When the corrections are made, finalise them again: they become revision {revision}.</source>
        <translation>Хаттамаға өзгерістер енгізілуде ({reason}). Түзетулер енгізілген соң хаттаманы қайта ресімдеңіз: ол {revision}-редакция болады.</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>Отырысты болдырмау</translation>
    </message>
    <message>
        <source>Cancel meeting No. {number} of {date}? A cancelled meeting cannot be planned again; to move it to another day, postpone it instead.</source>
        <translation>№ {number} отырыс ({date}) болдырылмасын ба? Болдырылмаған отырысты қайта жоспарлауға болмайды; оны басқа күнге ауыстыру үшін кейінге қалдырыңыз.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Some changes to this meeting are not saved yet. Save them?</source>
        <translation>Отырыстағы кейбір өзгерістер әлі сақталмаған. Оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>Needs the scan of the signed minutes, attached in the Minutes tab.</source>
        <translation>Қол қойылған хаттаманың сканы қажет, ол «Хаттама» қойындысында тіркеледі.</translation>
    </message>
</context>
<context>
    <name>MeetingsArea</name>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Отырыстар</translation>
    </message>
    <message>
        <source>&amp;Work plan</source>
        <translation>&amp;Жұмыс жоспары</translation>
    </message>
</context>
<context>
    <name>MeetingsList</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>Жаңа оты&amp;рыс…</translation>
    </message>
    <message>
        <source>Create a meeting (Ctrl+N)</source>
        <translation>Отырыс құру (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Аш&amp;у</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Таңдалған отырысты ашу (Enter)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Жы&amp;л:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Барлық жай-күйлер</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>Жай-&amp;күйі:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Қатысқандар</translation>
    </message>
    <message>
        <source>&amp;Minutes and documents…</source>
        <translation>&amp;Хаттама және құжаттар…</translation>
    </message>
    <message>
        <source>Open the meeting at its minutes: save, print</source>
        <translation>Отырысты хаттама қойындысында ашу: сақтау, басып шығару</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n отырыс</numerusform>
            <numerusform>%n отырыс</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Replace a member</source>
        <translation>Комиссия мүшесін ауыстыру</translation>
    </message>
    <message>
        <source>{name} ({role}) leaves the commission by decree. Enter the person who takes the place, the date the decree takes effect and the decree.</source>
        <translation>{name} ({role}) комиссия құрамынан шығарылады. Орнына тағайындалатын адамды, күшіне ену күнін және негіздемені (қаулы немесе өкім) көрсетіңіз.</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Жаңа мүше</translation>
    </message>
    <message>
        <source>Member: {name}</source>
        <translation>Комиссия мүшесі: {name}</translation>
    </message>
    <message>
        <source>— not from an agency —</source>
        <translation>— ұйымнан емес —</translation>
    </message>
    <message>
        <source>Has a &amp;vote</source>
        <translation>&amp;Дауыс беру құқығы бар</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>көрсетілген</translation>
    </message>
    <message>
        <source>Leave unticked while the membership has no end date.</source>
        <translation>Мүшелік мерзімі шектелмеген болса, белгілемеңіз.</translation>
    </message>
    <message>
        <source>e.g. akimat decree No. 123 of 15.01.2026</source>
        <translation>мысалы, әкімдіктің 15.01.2026 ж. № 123 қаулысы</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Аты-&amp;жөні:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>Жы&amp;нысы:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Position (Russian):</source>
        <translation>&amp;Лауазымы (орысша):</translation>
    </message>
    <message>
        <source>Position (&amp;Kazakh):</source>
        <translation>Лауазымы (&amp;қазақша):</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басталу күні:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Аяқталу күні:</translation>
    </message>
    <message>
        <source>&amp;Decree:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>{name}'s membership ends on {date}.</source>
        <translation>{name}: мүшелігі {date} тоқтатылады.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Дауыс</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Негіздеме</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>Save the minutes (.&amp;docx)…</source>
        <translation>Хаттаманы &amp;сақтау (.docx)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF ретінде сақта&amp;у…</translation>
    </message>
    <message>
        <source>Print pre&amp;view and print…</source>
        <translation>Алдын ала &amp;қарау және басып шығару…</translation>
    </message>
    <message>
        <source>Decisions to E&amp;xcel (.xlsx)…</source>
        <translation>&amp;Шешімдер Excel-ге (.xlsx)…</translation>
    </message>
    <message>
        <source>Extract for an a&amp;gency…</source>
        <translation>Ұйымға арналған &amp;үзінді…</translation>
    </message>
    <message>
        <source>Only the points addressed to one agency, ready to send to it.</source>
        <translation>Бір ұйымға арналған тармақтар ғана — соған жіберу үшін.</translation>
    </message>
    <message>
        <source>&amp;Language of the documents:</source>
        <translation>Құжаттардың &amp;тілі:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Редакция:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Ресімделген</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Use this revision for the &amp;documents</source>
        <translation>Құжаттар үшін осы редакцияны &amp;пайдалану</translation>
    </message>
    <message>
        <source>History of revisions</source>
        <translation>Редакциялар тарихы</translation>
    </message>
    <message>
        <source>The minutes as they stand</source>
        <translation>Хаттаманың ағымдағы мәтіні</translation>
    </message>
    <message>
        <source>Revision {revision} of {date}</source>
        <translation>{revision}-редакция, {date}</translation>
    </message>
    <message>
        <source>First revision</source>
        <translation>Бірінші редакция</translation>
    </message>
    <message>
        <source>{reason} (being amended)</source>
        <translation>{reason} (өзгерістер енгізілуде)</translation>
    </message>
    <message>
        <source>The minutes are final (revision {revision}): the documents show them exactly as finalised.</source>
        <translation>Хаттама ресімделді ({revision}-редакция): құжаттар оны ресімделген күйінде дәл көрсетеді.</translation>
    </message>
    <message>
        <source>The minutes are being amended: the documents show the corrections made so far. Finalise the minutes again when they are complete.</source>
        <translation>Хаттамаға өзгерістер енгізілуде: құжаттарда осы уақытқа дейін енгізілген түзетулер көрсетіледі. Түзетулерді аяқтаған соң хаттаманы қайта ресімдеңіз.</translation>
    </message>
    <message>
        <source>The minutes are not final yet: what you save now is a draft. Finalise them when the record is complete.</source>
        <translation>Хаттама әлі ресімделмеген: қазір сақталатын құжат жоба болып табылады. Жазба толық аяқталғанда хаттаманы ресімдеңіз.</translation>
    </message>
    <message>
        <source>Minutes_No{number}_{date}</source>
        <translation>Хаттама_№{number}_{date}</translation>
    </message>
    <message>
        <source>Decisions_No{number}_{date}</source>
        <translation>Шешімдер_№{number}_{date}</translation>
    </message>
    <message>
        <source>Extract_No{number}_{date}</source>
        <translation>Үзінді_№{number}_{date}</translation>
    </message>
    <message>
        <source>rev{revision}</source>
        <translation>ред{revision}</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Файлды сақтау</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>Хаттама жазылуда…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the minutes as PDF…</source>
        <translation>Хаттама PDF түрінде жазылуда…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the decisions…</source>
        <translation>Шешімдер жазылуда…</translation>
    </message>
    <message>
        <source>Writing the extract…</source>
        <translation>Үзінді жазылуда…</translation>
    </message>
    <message>
        <source>Print preview of the minutes</source>
        <translation>Хаттаманы алдын ала қарау</translation>
    </message>
    <message>
        <source>Signed copy</source>
        <translation>Қол қойылған дана</translation>
    </message>
</context>
<context>
    <name>MissingModel</name>
    <message>
        <source>Required item</source>
        <translation>Міндетті мәселе</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезеңділігі</translation>
    </message>
    <message>
        <source>Quarters without it</source>
        <translation>Ол жоқ тоқсандар</translation>
    </message>
</context>
<context>
    <name>MissingTexts</name>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Control of execution assigned to</source>
        <translation>Орындалуын бақылау жүктелетін тұлға</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Баяндамашылар</translation>
    </message>
    <message>
        <source>Heard: reported by</source>
        <translation>Тыңдалды: баяндамашы</translation>
    </message>
    <message>
        <source>Heard: summary</source>
        <translation>Тыңдалды: мазмұны</translation>
    </message>
    <message>
        <source>Spoke: speaker</source>
        <translation>Сөйлегендер: сөйлеуші</translation>
    </message>
    <message>
        <source>Spoke: summary</source>
        <translation>Сөйлегендер: мазмұны</translation>
    </message>
    <message>
        <source>Decision text</source>
        <translation>Шешімнің мәтіні</translation>
    </message>
    <message>
        <source>Reason of absence</source>
        <translation>Қатыспау себебі</translation>
    </message>
    <message>
        <source>Substitute's position</source>
        <translation>Алмастырушының лауазымы</translation>
    </message>
    <message>
        <source>Guest's position</source>
        <translation>Шақырылған адамның лауазымы</translation>
    </message>
    <message>
        <source>Member's position</source>
        <translation>Комиссия мүшесінің лауазымы</translation>
    </message>
    <message>
        <source>Question of the plan</source>
        <translation>Жоспар мәселесі</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Баяндамашы</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Outcome of the measure</source>
        <translation>Іс-шараның нәтижесі</translation>
    </message>
    <message>
        <source>Point {number}</source>
        <translation>{number}-тармақ</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>{number}-тоқсан</translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>{number}-мәселе</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Texts without Kazakh</source>
        <translation>Қазақша нұсқасы жоқ мәтіндер</translation>
    </message>
    <message>
        <source>Texts without Russian</source>
        <translation>Орысша нұсқасы жоқ мәтіндер</translation>
    </message>
    <message>
        <source>{language}: {filled} / {total} texts</source>
        <translation>{language}: {filled} / {total} мәтін</translation>
    </message>
</context>
<context>
    <name>MissingTextsDialog</name>
    <message>
        <source>These texts have no Kazakh version: the document will print them in Russian. Fill them in, or export the document as it is.</source>
        <translation>Бұл мәтіндердің қазақша нұсқасы жоқ: құжатта олар орыс тілінде басылады. Оларды толтырыңыз немесе құжатты осы күйінде экспорттаңыз.</translation>
    </message>
    <message>
        <source>These texts have no Russian version: the document will print them in Kazakh. Fill them in, or export the document as it is.</source>
        <translation>Бұл мәтіндердің орысша нұсқасы жоқ: құжатта олар қазақ тілінде басылады. Оларды толтырыңыз немесе құжатты осы күйінде экспорттаңыз.</translation>
    </message>
    <message>
        <source>These texts have no Kazakh version; documents in Kazakh print them in Russian.</source>
        <translation>Бұл мәтіндердің қазақша нұсқасы жоқ; қазақ тіліндегі құжаттарда олар орыс тілінде басылады.</translation>
    </message>
    <message>
        <source>These texts have no Russian version; documents in Russian print them in Kazakh.</source>
        <translation>Бұл мәтіндердің орысша нұсқасы жоқ; орыс тіліндегі құжаттарда олар қазақ тілінде басылады.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қай жерде</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Text in Russian</source>
        <translation>Орысша мәтін</translation>
    </message>
    <message>
        <source>Text in Kazakh</source>
        <translation>Қазақша мәтін</translation>
    </message>
    <message>
        <source>&amp;Fill in</source>
        <translation>&amp;Толтыру</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>Бәрібір &amp;экспорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>NameFormDialog</name>
    <message>
        <source>Change a form</source>
        <translation>Форманы өзгерту</translation>
    </message>
    <message>
        <source>Add a form</source>
        <translation>Форма қосу</translation>
    </message>
    <message>
        <source>Documents decline names and positions by rule. Where a rule is wrong, store the right form: for a whole name or position, or for a surname alone. A stored form is printed instead of the rule's.</source>
        <translation>Құжаттар аттар мен лауазымдарды ереже бойынша септейді. Ереже қате берсе, дұрыс форманы сақтаңыз: толық аты немесе лауазымы үшін не тек тегі үшін. Сақталған форма ереженің формасының орнына басылады.</translation>
    </message>
    <message>
        <source>a surname, a name with initials, a position</source>
        <translation>тегі, аты-жөнінің бас әріптерімен тегі, лауазымы — мысалы, Ким немесе Ким А. В.</translation>
    </message>
    <message>
        <source>&amp;What the rule prints</source>
        <translation>&amp;Ереже бойынша</translation>
    </message>
    <message>
        <source>Fill in the form the rules give, to correct it rather than type it anew.</source>
        <translation>Ереже беретін форманы қою: оны қайта тергеннен гөрі түзеткен оңай.</translation>
    </message>
    <message>
        <source>&amp;Nominative:</source>
        <translation>&amp;Атау септігі:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Септік:</translation>
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
        <translation>Аты немесе лауазымы</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Септік</translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation>Басылатын форма</translation>
    </message>
</context>
<context>
    <name>NameForms</name>
    <message>
        <source>genitive (whom? what of?)</source>
        <translation>орыс тіліндегі ілік септік (кого? чего?)</translation>
    </message>
    <message>
        <source>dative (to whom?)</source>
        <translation>орыс тіліндегі барыс септік (кому? чему?)</translation>
    </message>
    <message>
        <source>accusative (whom? what?)</source>
        <translation>орыс тіліндегі табыс септік (кого? что?)</translation>
    </message>
    <message>
        <source>instrumental (by whom?)</source>
        <translation>орыс тіліндегі көмектес септік (кем? чем?)</translation>
    </message>
    <message>
        <source>prepositional (about whom?)</source>
        <translation>орыс тіліндегі жатыс септік (о ком? о чём?)</translation>
    </message>
</context>
<context>
    <name>NameFormsTab</name>
    <message>
        <source>Russian documents decline names and positions by rule: the speaker after «HEARD:» in the accusative, the head of an agency a letter is addressed to in the dative. The forms stored here are printed instead of the rule's.</source>
        <translation>Орыс тіліндегі құжаттар аттар мен лауазымдарды ереже бойынша септейді: «СЛУШАЛИ:» сөзінен кейінгі баяндамашыны табыс септігінде («Нурланову А. Е.»), хат жолданатын органның басшысын барыс септігінде («Начальнику отдела полиции … Касымову Е. Б.»). Мұнда сақталған формалар ереженің формаларының орнына басылады.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>&amp;Add form…</source>
        <translation>&amp;Форма қосу…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Remove a form</source>
        <translation>Форманы жою</translation>
    </message>
    <message>
        <source>Remove the stored form of «{name}»? Documents will follow the rule again.</source>
        <translation>«{name}» сөзінің сақталған формасы жойылсын ба? Құжаттар қайтадан ережеге сүйенеді.</translation>
    </message>
</context>
<context>
    <name>NameHistoryBox</name>
    <message>
        <source>Name and legal basis over time</source>
        <translation>Атауы мен құқықтық негізі кезеңдер бойынша</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Қайта &amp;атау…</translation>
    </message>
</context>
<context>
    <name>NameHistoryModel</name>
    <message>
        <source>Valid from</source>
        <translation>Қашаннан бастап</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>басынан</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Akim's decision</source>
        <translation>Әкімнің шешімі</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>of {date}</source>
        <translation>{date} күнгі</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>A few letters of the surname, or the IIN</source>
        <translation>Тегінің бірнеше әрпі немесе ЖСН</translation>
    </message>
    <message>
        <source>&amp;Find the client:</source>
        <translation>Клиентті &amp;табу:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Ашылған күні:</translation>
    </message>
    <message>
        <source>&amp;Assessment notes:</source>
        <translation>Жағдайды &amp;бағалау:</translation>
    </message>
    <message>
        <source>{name}, born {born}, IIN {iin}</source>
        <translation>{name}, {born} ж. т., ЖСН {iin}</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Жаңа отырыс</translation>
    </message>
    <message>
        <source>at</source>
        <translation>сағ.</translation>
    </message>
    <message>
        <source>e.g. the akimat's assembly hall</source>
        <translation>мысалы, әкімдіктің мәжіліс залы</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Number in the year:</source>
        <translation>Жылдағы &amp;нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Өткізілетін &amp;орны:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Өткізу &amp;форматы:</translation>
    </message>
    <message>
        <source>The number is the next free one in the meeting's year; change it if the commission numbers its meetings otherwise. Everything else can be completed later on the meeting's page.</source>
        <translation>Нөмір — отырыс жылындағы келесі бос нөмір; комиссия отырыстарды басқаша нөмірлесе, оны өзгертіңіз. Қалған мәліметтерді кейін отырыс бетінде толтыруға болады.</translation>
    </message>
</context>
<context>
    <name>NoticeCaseDialog</name>
    <message>
        <source>Case from a release notice</source>
        <translation>Босату туралы хабарлама бойынша іс</translation>
    </message>
    <message>
        <source>Notices recorded without an IIN wait here. Choose the notice, check the name against the documents and enter the IIN: the person is found on the register (or entered on it) and a draft case is opened.</source>
        <translation>ЖСН-сіз қабылданған хабарламалар осында күтеді. Хабарламаны таңдаңыз, аты-жөнін құжаттармен салыстырыңыз және ЖСН-ді енгізіңіз: адам есептен табылады (немесе есепке қойылады) және іс жобасы ашылады.</translation>
    </message>
    <message>
        <source>No release notice is waiting for an IIN.</source>
        <translation>ЖСН-ді күтіп тұрған босату туралы хабарлама жоқ.</translation>
    </message>
    <message>
        <source>{name}, release on {release}</source>
        <translation>{name}, босатылуы {release}</translation>
    </message>
    <message>
        <source>known</source>
        <translation>белгілі</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>&amp;Хабарлама:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>Әкесі&amp;нің аты:</translation>
    </message>
    <message>
        <source>II&amp;N:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Туған &amp;күні:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Қажеттіліктер:</translation>
    </message>
    <message>
        <source>Received on {day} from {institution}.</source>
        <translation>{day} түсті: {institution}.</translation>
    </message>
    <message>
        <source>Needs: {text}</source>
        <translation>Қажеттіліктер: {text}</translation>
    </message>
</context>
<context>
    <name>OblastDecisionsModel</name>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number}, {date} ж.</translation>
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
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <source>Report sent on {date}</source>
        <translation>Ақпарат {date} жіберілді</translation>
    </message>
    <message>
        <source>Report returned for rework</source>
        <translation>Ақпарат пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтті</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Орындалуда</translation>
    </message>
</context>
<context>
    <name>OfficerHomeArea</name>
    <message>
        <source>This page is for probation officers.</source>
        <translation>Бұл бет пробация қызметкерлеріне арналған.</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <source>&amp;Release notice…</source>
        <translation>Босату туралы &amp;хабарлама…</translation>
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
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Орындалуы</translation>
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
        <translation>Орындалудағы шаралар</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Есепке қойылған күні</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>My measures due soon and overdue</source>
        <translation>Менің іс-шараларым: мерзімі жақындаған және өткен</translation>
    </message>
    <message>
        <source>My cases without a programme</source>
        <translation>Бағдарламасыз істерім</translation>
    </message>
    <message>
        <source>My clients</source>
        <translation>Менің клиенттерім</translation>
    </message>
    <message>
        <source>Overdue measures: {overdue}. Due soon: {due_soon}. Cases without a programme: {drafts}. Clients: {clients}.</source>
        <translation>Мерзімі өткен іс-шаралар: {overdue}. Мерзімі жақындағандар: {due_soon}. Бағдарламасыз істер: {drafts}. Клиенттер: {clients}.</translation>
    </message>
    <message>
        <source> (commission's decision)</source>
        <translation> (комиссия шешімі)</translation>
    </message>
    <message>
        <source>My measures due soon and overdue ({count})</source>
        <translation>Менің іс-шараларым: мерзімі жақындаған және өткен ({count})</translation>
    </message>
    <message>
        <source>My cases without a programme ({count})</source>
        <translation>Бағдарламасыз істерім ({count})</translation>
    </message>
    <message>
        <source>My clients ({count})</source>
        <translation>Менің клиенттерім ({count})</translation>
    </message>
    <message>
        <source>Transferred from</source>
        <translation>Қай аудан берді</translation>
    </message>
    <message>
        <source>Transferred on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Probation officer</source>
        <translation>Пробация қызметкері</translation>
    </message>
    <message>
        <source>New: transferred to my district</source>
        <translation>Жаңа: менің ауданыма берілгендер</translation>
    </message>
    <message>
        <source>New: transferred to my district ({count})</source>
        <translation>Жаңа: менің ауданыма берілгендер ({count})</translation>
    </message>
</context>
<context>
    <name>OutgoingRegisterDialog</name>
    <message>
        <source>Outgoing letters</source>
        <translation>Шығыс хаттар</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Барлық ұйымдар</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
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
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Cites No.</source>
        <translation>Сілтеме №</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>&amp;Open the letter</source>
        <translation>&amp;Хатты ашу</translation>
    </message>
    <message>
        <source>&amp;Save as .xlsx…</source>
        <translation>.xlsx ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Outgoing_letters_{date}</source>
        <translation>Шығыс_хаттар_{date}</translation>
    </message>
    <message>
        <source>Save the register of outgoing letters</source>
        <translation>Шығыс хаттар журналын сақтау</translation>
    </message>
    <message>
        <source>Saving the register of outgoing letters…</source>
        <translation>Шығыс хаттар журналы сақталуда…</translation>
    </message>
    <message>
        <source>Outgoing letters…</source>
        <translation>Шығыс хаттар…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for {login}</source>
        <translation>{login} үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Tell {name} the new password in person; it also unlocks the account.</source>
        <translation>Жаңа құпиясөзді жеке өзіне айтыңыз ({name}); ол тіркелгіні бұғаттан да шығарады.</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Кемінде {n} таңба</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Жаңа &amp;құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Қа&amp;йталау:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>PhraseBook</name>
    <message>
        <source>{kind}: the sentence of the minutes</source>
        <translation>{kind}: хаттама тіркесі</translation>
    </message>
    <message>
        <source>Control of execution assigned to</source>
        <translation>Орындалуын бақылау жүктелетін адам</translation>
    </message>
    <message>
        <source>Title of the standing item</source>
        <translation>Тұрақты мәселенің атауы</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Кез келген шешім</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>жасырылған</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылған</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілген</translation>
    </message>
    <message>
        <source>as shipped</source>
        <translation>бастапқы</translation>
    </message>
</context>
<context>
    <name>PhraseBookTab</name>
    <message>
        <source>Standard phrases of decisions and minutes in Russian and Kazakh. Choosing one beside a decision's text fills both languages; the minutes print the note, removal and extension sentences as corrected here.</source>
        <translation>Шешімдер мен хаттамалардың орыс және қазақ тілдеріндегі үлгі тіркестері. Шешім мәтінінің жанынан тіркесті таңдау екі тілді де толтырады; хаттама «назарға алынсын», «бақылаудан алынсын» және «мерзімі ұзартылсын» тіркестерін осында түзетілген түрде басады.</translation>
    </message>
    <message>
        <source>&amp;Add phrase…</source>
        <translation>Тіркес &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Жасыру</translation>
    </message>
    <message>
        <source>&amp;Reset to shipped</source>
        <translation>&amp;Бастапқы мәтінге қайтару</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
</context>
<context>
    <name>PhraseDialog</name>
    <message>
        <source>Change a phrase</source>
        <translation>Тіркесті өзгерту</translation>
    </message>
    <message>
        <source>Add a phrase</source>
        <translation>Жаңа тіркес</translation>
    </message>
    <message>
        <source>Type the phrase in both languages: choosing it fills the Russian and the Kazakh text at once. Words in braces, such as {date}, are filled in by the program.</source>
        <translation>Тіркесті екі тілде енгізіңіз: таңдағанда ол орысша және қазақша мәтінді бірден толтырады. Фигуралық жақшадағы сөздерді, мысалы {date}, бағдарлама қояды.</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Кез келген шешім</translation>
    </message>
    <message>
        <source>&amp;Decision kind:</source>
        <translation>Шешім &amp;түрі:</translation>
    </message>
    <message>
        <source>&amp;Russian:</source>
        <translation>&amp;Орысша:</translation>
    </message>
    <message>
        <source>&amp;Kazakh:</source>
        <translation>&amp;Қазақша:</translation>
    </message>
    <message>
        <source>As shipped: «{ru}» / «{kk}»</source>
        <translation>Бастапқы мәтін: «{ru}» / «{kk}»</translation>
    </message>
</context>
<context>
    <name>PhraseModel</name>
    <message>
        <source>For</source>
        <translation>Не үшін</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
</context>
<context>
    <name>PhrasePicker</name>
    <message>
        <source>Phrases</source>
        <translation>Тіркестер</translation>
    </message>
    <message>
        <source>Insert a standard phrase in both languages</source>
        <translation>Үлгі тіркесті екі тілде қою</translation>
    </message>
    <message>
        <source>No phrases for this kind of decision</source>
        <translation>Шешімнің бұл түріне тіркес жоқ</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Жаңа мерзім</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <source>New question of the plan</source>
        <translation>Жұмыс жоспарының жаңа мәселесі</translation>
    </message>
    <message>
        <source>Question of the plan</source>
        <translation>Жұмыс жоспарының мәселесі</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жылы:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Тоқсан:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Мәселе:</translation>
    </message>
    <message>
        <source>&amp;Responsible agency:</source>
        <translation>Жауапты &amp;орындаушы:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Баяндамашы:</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Жауапты орындаушы</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Баяндамашы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
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
        <source>by persons on the probation register</source>
        <translation>пробация есебінде тұрған адамдар жасаған</translation>
    </message>
    <message>
        <source>Administrative offences</source>
        <translation>Әкімшілік құқық бұзушылықтар</translation>
    </message>
    <message>
        <source>Preventive measures held</source>
        <translation>Өткізілген профилактикалық іс-шаралар</translation>
    </message>
    <message>
        <source>Citizens' appeals</source>
        <translation>Азаматтардың өтініштері</translation>
    </message>
</context>
<context>
    <name>PoliceFiguresButton</name>
    <message>
        <source>Figures of the &amp;police report…</source>
        <translation>&amp;Полиция есебінің көрсеткіштері…</translation>
    </message>
    <message>
        <source>The figures the police chief presented, with the same quarter of last year; the minutes print them as a table.</source>
        <translation>Полиция бастығы ұсынған көрсеткіштер, өткен жылдың сол тоқсанымен қатар; хаттамада кесте болып басылады.</translation>
    </message>
</context>
<context>
    <name>PoliceFiguresDialog</name>
    <message>
        <source>Figures of the police report</source>
        <translation>Полиция есебінің көрсеткіштері</translation>
    </message>
    <message>
        <source>Quarter {quarter}</source>
        <translation>{quarter}-тоқсан</translation>
    </message>
    <message>
        <source>The &amp;quarter reported:</source>
        <translation>Есепті &amp;тоқсан:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>Note (printed under the table)</source>
        <translation>Ескертпе (кестенің астында басылады)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Осы тоқсан</translation>
    </message>
    <message>
        <source>Same quarter last year</source>
        <translation>Өткен жылдың сол тоқсаны</translation>
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
        <source>Unsaved figures</source>
        <translation>Сақталмаған көрсеткіштер</translation>
    </message>
    <message>
        <source>The figures were changed. Save them?</source>
        <translation>Көрсеткіштер өзгертілді. Сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>ProbationRegisters</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Clients_register_{date}</source>
        <translation>Клиенттер_тізілімі_{date}</translation>
    </message>
    <message>
        <source>Save the clients register</source>
        <translation>Клиенттер тізілімін сақтау</translation>
    </message>
    <message>
        <source>Saving the clients register…</source>
        <translation>Клиенттер тізілімі сақталуда…</translation>
    </message>
    <message>
        <source>Cases_register_{date}</source>
        <translation>Істер_тізілімі_{date}</translation>
    </message>
    <message>
        <source>Save the cases register</source>
        <translation>Істер тізілімін сақтау</translation>
    </message>
    <message>
        <source>Saving the cases register…</source>
        <translation>Істер тізілімі сақталуда…</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
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
        <source>Lead agency</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
</context>
<context>
    <name>PutOnAgendaDialog</name>
    <message>
        <source>Put on the agenda</source>
        <translation>Күн тәртібіне енгізу</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number}, {date} ж.</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Отырыс:</translation>
    </message>
    <message>
        <source>&amp;Kind of item:</source>
        <translation>Мәселенің &amp;түрі:</translation>
    </message>
    <message>
        <source>There is no planned meeting to put the question on. Create one first.</source>
        <translation>Мәселені енгізуге болатын жоспарланған отырыс жоқ. Алдымен отырыс құрыңыз.</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <source>Sent on</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Decision it comes from</source>
        <translation>Бастапқы шешім</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>On the agenda of meeting No. {number} of {date}</source>
        <translation>№ {number} отырыстың ({date} ж.) күн тәртібінде</translation>
    </message>
    <message>
        <source>Declined: {reason}</source>
        <translation>Қабылданбады: {reason}</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Speakers: {names}</source>
        <translation>Баяндамашы: {names}</translation>
    </message>
    <message>
        <source>Decisions: {count}</source>
        <translation>Шешімдер: {count}</translation>
    </message>
    <message>
        <source>No term</source>
        <translation>Мерзімсіз</translation>
    </message>
    <message>
        <source>By a date</source>
        <translation>Көрсетілген күнге дейін</translation>
    </message>
    <message>
        <source>Within N calendar days</source>
        <translation>N күнтізбелік күн ішінде</translation>
    </message>
    <message>
        <source>Within N working days</source>
        <translation>N жұмыс күні ішінде</translation>
    </message>
    <message>
        <source>Periodically</source>
        <translation>Кезең сайын</translation>
    </message>
    <message>
        <source>Permanently (reviewed at each meeting)</source>
        <translation>Тұрақты (әр отырыста қаралады)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ай сайын</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Тоқсан сайын</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Жарты жылда бір рет</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Жыл сайын</translation>
    </message>
    <message>
        <source>by {date} (control: {due})</source>
        <translation>{date} дейін (бақылау: {due})</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>{date} дейін</translation>
    </message>
    <message>
        <source>{term} (by {date})</source>
        <translation>{term} ({date} дейін)</translation>
    </message>
    <message>
        <source>{count} calendar days</source>
        <translation>{count} күнтізбелік күн</translation>
    </message>
    <message>
        <source>{count} working days</source>
        <translation>{count} жұмыс күні</translation>
    </message>
    <message>
        <source>{period}, by day {day} of the next month</source>
        <translation>{period}, есепті кезеңнен кейінгі айдың {day}-күніне дейін</translation>
    </message>
    <message>
        <source>{term}; first {date}</source>
        <translation>{term}; алғашқы мерзім — {date}</translation>
    </message>
    <message>
        <source>{term}; until {date}</source>
        <translation>{term}; бақылау {date} дейін</translation>
    </message>
    <message>
        <source>Permanently</source>
        <translation>Тұрақты</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>«for» — {votes_for}, «against» — {against}, «abstained» — {abstained}</source>
        <translation>«қолдап» — {votes_for}, «қарсы» — {against}, «қалыс қалған» — {abstained}</translation>
    </message>
    <message>
        <source>Adopted by the chair's casting vote: {counts}</source>
        <translation>Төрағаның шешуші дауысымен қабылданды: {counts}</translation>
    </message>
    <message>
        <source>Not adopted: the chair voted against on a tie. {counts}</source>
        <translation>Қабылданбады: дауыстар тең болғанда төраға «қарсы» дауыс берді. {counts}</translation>
    </message>
    <message>
        <source>Adopted: {counts}</source>
        <translation>Қабылданды: {counts}</translation>
    </message>
    <message>
        <source>Not adopted: the votes are tied. {counts}</source>
        <translation>Қабылданбады: дауыстар тең бөлінді. {counts}</translation>
    </message>
    <message>
        <source>Not adopted: «for» are not more than half of the {present} voting members present. {counts}</source>
        <translation>Қабылданбады: «қолдап» берілген дауыстар қатысып отырған дауыс беру құқығы бар {present} мүшенің жартысынан аспайды. {counts}</translation>
    </message>
    <message>
        <source>Not adopted: {counts}</source>
        <translation>Қабылданбады: {counts}</translation>
    </message>
    <message>
        <source>No vote</source>
        <translation>Дауыс берусіз</translation>
    </message>
    <message>
        <source>Adopted ({counts}, chair's vote)</source>
        <translation>Қабылданды ({counts}, төрағаның дауысы)</translation>
    </message>
    <message>
        <source>Not adopted ({counts}, chair's vote)</source>
        <translation>Қабылданбады ({counts}, төрағаның дауысы)</translation>
    </message>
    <message>
        <source>Adopted ({counts})</source>
        <translation>Қабылданды ({counts})</translation>
    </message>
    <message>
        <source>Not adopted ({counts})</source>
        <translation>Қабылданбады ({counts})</translation>
    </message>
    <message>
        <source>The chair voted «for»</source>
        <translation>Төраға «қолдап» дауыс берді</translation>
    </message>
    <message>
        <source>The chair voted «against»</source>
        <translation>Төраға «қарсы» дауыс берді</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number}, {date} ж.</translation>
    </message>
    <message>
        <source>point {point} of minutes {minutes}</source>
        <translation>{minutes} хаттаманың {point}-тармағы</translation>
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
        <translation>Көшіру</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Control_register_{date}</source>
        <translation>Бақылау_тізілімі_{date}</translation>
    </message>
    <message>
        <source>Save the control register</source>
        <translation>Бақылау тізілімін сақтау</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving the control register…</source>
        <translation>Бақылау тізілімі сақталуда…</translation>
    </message>
    <message>
        <source>Letters to agencies</source>
        <translation>Ұйымдарға хаттар</translation>
    </message>
    <message>
        <source>Write {count} letter(s) to the agencies into {folder}?</source>
        <translation>Ұйымдарға хаттарды (барлығы: {count}) {folder} қалтасында дайындау керек пе?</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Хаттар дайындалуда…</translation>
    </message>
    <message>
        <source>{count} letter(s) written to {folder}.</source>
        <translation>Дайындалған хаттар: {count}. Қалта: {folder}.</translation>
    </message>
    <message>
        <source>{count} of them were already in the outgoing register and are printed again with their numbers.</source>
        <translation>Шығыс хаттар журналында бұрыннан тіркелген және өз нөмірімен қайта басылған хаттар: {count}.</translation>
    </message>
    <message>
        <source>No agency has decisions due soon or overdue: no letters to write.</source>
        <translation>Мерзімі өтіп бара жатқан немесе өтіп кеткен шешімдері бар ұйым жоқ: хат қажет емес.</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Хаттарға арналған қалта</translation>
    </message>
</context>
<context>
    <name>ReleaseNoticeDialog</name>
    <message>
        <source>Release notice</source>
        <translation>Босату туралы хабарлама</translation>
    </message>
    <message>
        <source>With the IIN the person is found on the register (or entered on it) and a draft case is opened with the needs named; without it the notice is kept until the IIN is known.</source>
        <translation>ЖСН бойынша адам есептен табылады (немесе есепке қойылады) және аталған қажеттіліктермен іс жобасы ашылады; ЖСН болмаса, хабарлама ЖСН белгілі болғанша сақталады.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <source>known</source>
        <translation>белгілі</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Алынған күні:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Мекеме:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>Әкесі&amp;нің аты:</translation>
    </message>
    <message>
        <source>II&amp;N:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Туған &amp;күні:</translation>
    </message>
    <message>
        <source>E&amp;xpected release:</source>
        <translation>Күтілетін &amp;босату күні:</translation>
    </message>
    <message>
        <source>&amp;Chosen residence:</source>
        <translation>Таңдалған тұ&amp;рғылықты жері:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>А&amp;удан:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Қажеттіліктер:</translation>
    </message>
    <message>
        <source>Needs in the no&amp;tice's words:</source>
        <translation>Хабарламадағы қажеттілік&amp;тер:</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Execution deadlines</source>
        <translation>Орындау мерзімдері</translation>
    </message>
    <message>
        <source>Overdue: {overdue}. Due soon: {due_soon}.</source>
        <translation>Мерзімі өтті: {overdue}. Мерзімі таяу: {due_soon}.</translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation>Шешім №</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Жауапты орындаушы</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Deadlines of my measures</source>
        <translation>Менің іс-шараларымның мерзімдері</translation>
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
        <source>Measure</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Жауапты орган</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Open the decisions register</source>
        <translation>«Шешімдер» бөлімін ашу</translation>
    </message>
    <message>
        <source>Open my cases</source>
        <translation>«Менің істерім» ашу</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number}, {date} ж.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s).</source>
        <translation>
            <numerusform>%Ln еске салу.</numerusform>
            <numerusform>%Ln еске салу.</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by {n} working day(s)</source>
        <translation>мерзімі {n} жұмыс күніне өтті</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>мерзімі бүгін бітеді</translation>
    </message>
    <message>
        <source>due in {n} working day(s)</source>
        <translation>мерзіміне {n} жұмыс күні қалды</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename the commission</source>
        <translation>Комиссияны қайта атау</translation>
    </message>
    <message>
        <source>Minutes, extracts and the other documents of meetings held from this date print the new name; those of earlier meetings keep the old one.</source>
        <translation>Осы күннен бастап өткізілген отырыстардың хаттамалары, үзінділері және басқа құжаттары жаңа атаумен басылады; бұрынғы отырыстардың құжаттарында бұрынғы атауы сақталады.</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>&amp;Қолданыла басталатын күні:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Толық атауы:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Қ&amp;ысқа атауы:</translation>
    </message>
    <message>
        <source>In the minutes' &amp;title:</source>
        <translation>Хаттама &amp;тақырыбында:</translation>
    </message>
    <message>
        <source>Akim's decision: t&amp;ype:</source>
        <translation>Әкімнің шешімі: т&amp;үрі:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;What it decided:</source>
        <translation>Шешімнің &amp;мазмұны:</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Whole year</source>
        <translation>Бүкіл жыл</translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation>I тоқсан</translation>
    </message>
    <message>
        <source>Quarter II</source>
        <translation>II тоқсан</translation>
    </message>
    <message>
        <source>Quarter III</source>
        <translation>III тоқсан</translation>
    </message>
    <message>
        <source>Quarter IV</source>
        <translation>IV тоқсан</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>&amp;Document language:</source>
        <translation>Құжат &amp;тілі:</translation>
    </message>
    <message>
        <source>Statistics to E&amp;xcel…</source>
        <translation>Статистика E&amp;xcel-ге…</translation>
    </message>
    <message>
        <source>Statistics to &amp;Word…</source>
        <translation>Статистика &amp;Word-қа…</translation>
    </message>
    <message>
        <source>P&amp;ublic report</source>
        <translation>&amp;Жария есеп</translation>
    </message>
    <message>
        <source>Public report as .{format}…</source>
        <translation>Жария есеп .{format} форматында…</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Негізгі көрсеткіштер</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Көрсеткіштер жүктелуде…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Файлды сақтау</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Есеп сақталуда…</translation>
    </message>
    <message>
        <source>Saved: {name}. &lt;a href="open"&gt;Open&lt;/a&gt; &amp;nbsp; &lt;a href="folder"&gt;Show folder&lt;/a&gt;</source>
        <translation>Сақталды: {name}. &lt;a href="open"&gt;Ашу&lt;/a&gt; &amp;nbsp; &lt;a href="folder"&gt;Қалтаны көрсету&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>RequiredItemDialog</name>
    <message>
        <source>Change a required item</source>
        <translation>Міндетті мәселені өзгерту</translation>
    </message>
    <message>
        <source>Add a required item</source>
        <translation>Жаңа міндетті мәселе</translation>
    </message>
    <message>
        <source>The work plan proposes the item in the quarters it is due, and the main page warns when a quarter ends without an agenda item of its kind heard.</source>
        <translation>Жұмыс жоспары мәселені ол қаралуға тиіс тоқсандарда ұсынады, ал тоқсан осы түрдегі мәселе қаралмай аяқталса, басты бетте ескерту шығады.</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Мәселе:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезеңділігі:</translation>
    </message>
    <message>
        <source>&amp;Kind of agenda item:</source>
        <translation>Күн тәртібі мәселесінің &amp;түрі:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>Құқықтық &amp;негізі:</translation>
    </message>
</context>
<context>
    <name>RequiredItemModel</name>
    <message>
        <source>Item</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезеңділігі</translation>
    </message>
    <message>
        <source>Kind of agenda item</source>
        <translation>Күн тәртібі мәселесінің түрі</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негізі</translation>
    </message>
</context>
<context>
    <name>RequiredItems</name>
    <message>
        <source>Every quarter</source>
        <translation>Тоқсан сайын</translation>
    </message>
    <message>
        <source>Every half-year</source>
        <translation>Жарты жылда бір рет</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Жыл сайын</translation>
    </message>
</context>
<context>
    <name>RequiredItemsTab</name>
    <message>
        <source>What the law and the commission's regulation require it to hear, and how often: the police chief's report every quarter (order of the Minister of Internal Affairs No. 608), the assessment of support to persons and families in a difficult life situation every half-year (Law No. 245-VIII, art. 72 p. 4), and the items of the regulation.</source>
        <translation>Заң мен комиссия туралы ереже қарауды талап ететін мәселелер және олардың кезеңділігі: полиция бастығының есебі — тоқсан сайын (Ішкі істер министрінің № 608 бұйрығы), қиын өмірлік жағдайдағы адамдар мен отбасыларды қолдауды бағалау — жарты жылда бір рет (№ 245-VIII Заңның 72-бабының 4-тармағы), сондай-ақ ережеде белгіленген мәселелер.</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>Мәселе &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ж&amp;ою</translation>
    </message>
    <message>
        <source>Remove a required item</source>
        <translation>Міндетті мәселені жою</translation>
    </message>
    <message>
        <source>Remove «{title}» from the required items? The questions already in the work plan stay; the plan no longer proposes it and the main page no longer warns about it.</source>
        <translation>«{title}» міндетті мәселелерден алынсын ба? Жұмыс жоспарына енгізілген мәселелер сақталады; жоспар оны енді ұсынбайды, басты бет ол туралы ескертпейді.</translation>
    </message>
</context>
<context>
    <name>RequiredProposals</name>
    <message>
        <source>Required items not included in the plan</source>
        <translation>Жоспарға енгізілмеген міндетті мәселелер</translation>
    </message>
    <message>
        <source>&amp;Include in the plan</source>
        <translation>Жоспарға &amp;енгізу</translation>
    </message>
    <message>
        <source>Add the selected item to the plan in each quarter where it is missing.</source>
        <translation>Таңдалған мәселені ол жоқ әр тоқсанға жоспарға қосу.</translation>
    </message>
    <message>
        <source>The law and the commission's regulation require these items; the plan of the year does not have them in every quarter where they are due.</source>
        <translation>Заң мен комиссия туралы ереже бұл мәселелерді қарауды талап етеді; жылдық жоспарда олар қаралуға тиіс тоқсандардың кейбірінде жоқ.</translation>
    </message>
</context>
<context>
    <name>RequiredWarning</name>
    <message>
        <source>In quarter {quarter} of {year}, not heard: {item}</source>
        <translation>{year} жылғы {quarter} тоқсанда қаралмаған мәселе: {item}</translation>
    </message>
    <message>
        <source>In half-year {half} of {year}, not heard: {item}</source>
        <translation>{year} жылғы {half} жартыжылдықта қаралмаған мәселе: {item}</translation>
    </message>
    <message>
        <source>In {year}, not heard: {item}</source>
        <translation>{year} жылы қаралмаған мәселе: {item}</translation>
    </message>
    <message>
        <source>(the period ends on {date})</source>
        <translation>(кезең {date} аяқталады)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find everywhere</source>
        <translation>Барлық жерден іздеу</translation>
    </message>
    <message>
        <source>Meeting number, decision, agency, client or case…</source>
        <translation>Отырыс нөмірі, шешім, ұйым, клиент немесе іс…</translation>
    </message>
    <message>
        <source>Meeting number, decision or agency…</source>
        <translation>Отырыс нөмірі, шешім немесе ұйым…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Nothing found. Try a part of a word or a number.</source>
        <translation>Ештеңе табылмады. Сөздің бір бөлігін немесе нөмірді көріңіз.</translation>
    </message>
    <message>
        <source>Enter or a double click opens the record.</source>
        <translation>Enter немесе қос шерту жазбаны ашады.</translation>
    </message>
</context>
<context>
    <name>SendQuestionDialog</name>
    <message>
        <source>Send a question to the oblast commission</source>
        <translation>Облыстық комиссияға мәселе жіберу</translation>
    </message>
    <message>
        <source>— a new question —</source>
        <translation>— жаңа мәселе —</translation>
    </message>
    <message>
        <source>&amp;From the decision:</source>
        <translation>&amp;Шешімнен:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Мәселе:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>This is not a database address. Example: {example}</source>
        <translation>Бұл дерекқор мекенжайы емес. Мысал: {example}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>This computer (database file)</source>
        <translation>Осы компьютер (дерекқор файлы)</translation>
    </message>
    <message>
        <source>Shared server (PostgreSQL)</source>
        <translation>Ортақ сервер (PostgreSQL)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Қосылымды тексеру</translation>
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
        <translation>&amp;Дерекқор:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Па&amp;йдаланушы:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Enter the server's name or address, or choose this computer.</source>
        <translation>Сервердің атауын не мекенжайын көрсетіңіз немесе осы компьютерді таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Сервердегі дерекқордың атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the user name the administrator gave you.</source>
        <translation>Әкімші берген пайдаланушы атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>In use now: {url}</source>
        <translation>Қазір пайдаланылуда: {url}</translation>
    </message>
    <message>
        <source>The template shipped with the program</source>
        <translation>Бағдарламамен бірге берілген үлгі</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
        <source>This computer's &amp;template (.docx):</source>
        <translation>Осы компьютердің &amp;үлгісі (.docx):</translation>
    </message>
    <message>
        <source>Used only for a commission with no template of its own; a commission's template is chosen in the administration, on the commission's settings.</source>
        <translation>Өз үлгісі жоқ комиссия үшін ғана қолданылады; комиссияның үлгісі әкімшілендіруде, комиссияның баптауларында таңдалады.</translation>
    </message>
    <message>
        <source>A new language or database takes effect at once; you will be asked to log in again.</source>
        <translation>Жаңа тіл немесе дерекқор бірден қолданылады; жүйеге қайта кіру қажет болады.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Дерекқор файлы</translation>
    </message>
    <message>
        <source>Commission database (*.sqlite3)</source>
        <translation>«Комиссия» дерекқоры (*.sqlite3)</translation>
    </message>
    <message>
        <source>Minutes template</source>
        <translation>Хаттама үлгісі</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Қосылым орнатылды.</translation>
    </message>
    <message>
        <source>The database could not be opened; settings not saved.</source>
        <translation>Дерекқорды ашу мүмкін болмады; баптаулар сақталмады.</translation>
    </message>
    <message>
        <source>The settings file cannot be written.</source>
        <translation>Баптаулар файлын жазу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>SignWithoutScanDialog</name>
    <message>
        <source>Signed without the scan</source>
        <translation>Скансыз қол қойылды</translation>
    </message>
    <message>
        <source>The scan of the signed minutes is not attached. As the chair you may record the signature without it; say why (the reason is kept with the meeting).</source>
        <translation>Қол қойылған хаттаманың сканы тіркелмеген. Төраға ретінде қол қойылғанын онсыз белгілей аласыз; себебін көрсетіңіз (ол отырыспен бірге сақталады).</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
</context>
<context>
    <name>SignedScanBox</name>
    <message>
        <source>Signed minutes</source>
        <translation>Қол қойылған хаттама</translation>
    </message>
    <message>
        <source>&amp;Attach the scan of the signed minutes…</source>
        <translation>Қол қойылған хаттаманың сканын &amp;тіркеу…</translation>
    </message>
    <message>
        <source>A PDF or an image (JPEG, PNG, TIFF) of the pages with the signatures.</source>
        <translation>Қолдар қойылған беттердің PDF файлы немесе суреті (JPEG, PNG, TIFF).</translation>
    </message>
    <message>
        <source>&amp;Open the scan</source>
        <translation>Сканды &amp;ашу</translation>
    </message>
    <message>
        <source>Revision {revision}: {name}, added {date} by {user}</source>
        <translation>{revision}-редакция: {name}, {date} тіркелді, {user}</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256: {digest}</translation>
    </message>
    <message>
        <source>When the minutes are final and signed, attach the scan of the signed copy.</source>
        <translation>Хаттама түпкілікті болып, қол қойылғанда, қол қойылған дананың сканын тіркеңіз.</translation>
    </message>
    <message>
        <source>The signed copy of the latest revision is attached.</source>
        <translation>Соңғы редакцияның қол қойылған данасы тіркелген.</translation>
    </message>
    <message>
        <source>The minutes are recorded as signed; the scan of the signed copy is not attached yet.</source>
        <translation>Хаттама қол қойылған болып белгіленген; қол қойылған дананың сканы әлі тіркелмеген.</translation>
    </message>
    <message>
        <source>Attach the scan of the signed copy of revision {revision}: «Signed» needs it.</source>
        <translation>{revision}-редакцияның қол қойылған данасының сканын тіркеңіз: онсыз «Қол қойылды» деп белгілеуге болмайды.</translation>
    </message>
    <message>
        <source>The scan of the signed minutes</source>
        <translation>Қол қойылған хаттаманың сканы</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Скандар (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>Бәрі дайын</translation>
    </message>
    <message>
        <source>Check what will be saved</source>
        <translation>Не сақталатынын тексеріңіз</translation>
    </message>
    <message>
        <source>Press «Finish» to create the database, the administrator and the commission. To correct something, go «Back»: nothing is lost.</source>
        <translation>Дерекқорды, әкімшіні және комиссияны құру үшін «Дайын» батырмасын басыңыз. Бірдеңені түзету үшін «Артқа» қайтыңыз — енгізілген жоғалмайды.</translation>
    </message>
</context>
<context>
    <name>TableColumns</name>
    <message>
        <source>Columns as the program lays them out</source>
        <translation>Бағдарламадағыдай бағандар</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <source>Words of the decision, or its point, e.g. 1.2</source>
        <translation>Шешім мәтініндегі сөздер немесе тармақ нөмірі, мысалы 1.2</translation>
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
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Орындаушы</translation>
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
        <source>New term</source>
        <translation>Жаңа мерзім</translation>
    </message>
    <message>
        <source>No point chosen yet: tick the decisions concerned.</source>
        <translation>Тармақтар таңдалмаған: қажетті шешімдерді белгілеңіз.</translation>
    </message>
    <message>
        <source>{point} → {date}</source>
        <translation>{point} → {date}</translation>
    </message>
    <message>
        <source>Chosen: {points}</source>
        <translation>Таңдалғаны: {points}</translation>
    </message>
</context>
<context>
    <name>TemplateBox</name>
    <message>
        <source>Document template</source>
        <translation>Құжаттар үлгісі</translation>
    </message>
    <message>
        <source>Minutes, extracts, letters, the work plan and programmes of this commission are written on this Word template: its letterhead, margins and styles. It is kept in the database, so every computer prints on the same blank. To make one, save a copy, put the akimat's letterhead on it in Word and choose it here.</source>
        <translation>Осы комиссияның хаттамалары, үзінді көшірмелері, хаттары, жұмыс жоспары мен бағдарламалары осы Word үлгісінде ресімделеді: оның бланкі, жиектері мен стильдері. Үлгі дерекқорда сақталады, сондықтан барлық компьютер бір бланкте басып шығарады. Өз үлгіңізді жасау үшін көшірмесін сақтап, Word-та әкімдіктің бланкін қосып, файлды осында таңдаңыз.</translation>
    </message>
    <message>
        <source>C&amp;hoose a Word file…</source>
        <translation>Word &amp;файлын таңдау…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Үлгінің көшірмесін &amp;сақтау…</translation>
    </message>
    <message>
        <source>Use the program's templa&amp;te</source>
        <translation>Бағдарламаның үлгісін қо&amp;лдану</translation>
    </message>
    <message>
        <source>The template shipped with the program.</source>
        <translation>Бағдарламамен бірге берілген үлгі.</translation>
    </message>
    <message>
        <source>«{name}», {size} KB.</source>
        <translation>«{name}», {size} КБ.</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word құжаттары мен үлгілері (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Documents are now written on «{name}».</source>
        <translation>Енді құжаттар «{name}» үлгісінде ресімделеді.</translation>
    </message>
    <message>
        <source>template.docx</source>
        <translation>үлгі.docx</translation>
    </message>
    <message>
        <source>Save a copy of the template</source>
        <translation>Үлгінің көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>Write this commission's documents on the program's template instead of the akimat's blank?</source>
        <translation>Осы комиссияның құжаттарын әкімдік бланкінің орнына бағдарлама үлгісінде ресімдеу керек пе?</translation>
    </message>
    <message>
        <source>Documents are written on the program's template.</source>
        <translation>Құжаттар бағдарлама үлгісінде ресімделеді.</translation>
    </message>
</context>
<context>
    <name>TermBox</name>
    <message>
        <source>Term</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>The point has no term of its own.</source>
        <translation>Тармақтың өз мерзімі жоқ.</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>Мерзімі (&amp;дейін):</translation>
    </message>
    <message>
        <source>Wit&amp;hin:</source>
        <translation>Отырыстан &amp;кейін:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Бақылаудың &amp;соңғы күні:</translation>
    </message>
    <message>
        <source>&amp;Reporting:</source>
        <translation>&amp;Кезеңділігі:</translation>
    </message>
    <message>
        <source>by da&amp;y:</source>
        <translation>Кү&amp;ні:</translation>
    </message>
    <message>
        <source>of the month after the period</source>
        <translation>есепті кезеңнен кейінгі айдың осы күніне дейін</translation>
    </message>
    <message>
        <source>Permanently on control: reviewed at each meeting, with no due date.</source>
        <translation>Тұрақты бақылауда: әр отырыста қаралады, орындау мерзімі жоқ.</translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation>Мер&amp;зім түрі:</translation>
    </message>
    <message>
        <source>calendar days after the meeting</source>
        <translation>күнтізбелік күн ішінде</translation>
    </message>
    <message>
        <source>working days after the meeting</source>
        <translation>жұмыс күні ішінде</translation>
    </message>
    <message>
        <source>day off: {name}</source>
        <translation>демалыс күні: {name}</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>{date} (moved from {raw} — {why})</source>
        <translation>{date} ({raw} күнінен ауыстырылды — {why})</translation>
    </message>
    <message>
        <source>No term: the instruction stays on control without a date.</source>
        <translation>Мерзімсіз: тапсырма орындау күнінсіз бақылауда қалады.</translation>
    </message>
    <message>
        <source>No term.</source>
        <translation>Мерзімсіз.</translation>
    </message>
    <message>
        <source>Permanently: reviewed at each meeting, no due date.</source>
        <translation>Тұрақты: әр отырыста қаралады, орындау мерзімі жоқ.</translation>
    </message>
    <message>
        <source>No reporting period ends before the end of control.</source>
        <translation>Бақылау аяқталғанға дейін бірде-бір есепті кезең аяқталмайды.</translation>
    </message>
    <message>
        <source>Term: {term}</source>
        <translation>Мерзімі: {term}</translation>
    </message>
    <message>
        <source>Terms: {terms}</source>
        <translation>Мерзімдері: {terms}</translation>
    </message>
    <message numerus="yes">
        <source>{terms} and %n more</source>
        <translation>
            <numerusform>{terms} және тағы %n мерзім</numerusform>
            <numerusform>{terms} және тағы %n мерзім</numerusform>
        </translation>
    </message>
    <message>
        <source>(counted to the end of next year; set «Until» to stop earlier)</source>
        <translation>(келесі жылдың соңына дейін есептелді; ертерек аяқтау үшін «Бақылаудың соңғы күні» өрісін толтырыңыз)</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>Transferred to {district} on {date}. This is the card and the history as they were that day; they can no longer be changed here.</source>
        <translation>Басқа ауданға берілді: {district}, {date}. Бұл — сол күнгі карточка мен істер тарихы; оларды мұнда енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Transferred from {source} to {district} on {date}</source>
        <translation>Беру: {source} → {district}, {date}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Case No.</source>
        <translation>Іс №</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to another district</source>
        <translation>Басқа ауданға беру</translation>
    </message>
    <message>
        <source>The card and the cases with their whole history go to the probation service of the district the client moves to. Your district keeps a copy of the card and of the history as they are today, to read only.</source>
        <translation>Карточка мен істер бүкіл тарихымен клиент көшетін ауданның пробация қызметіне өтеді. Сіздің ауданыңызда карточка мен тарихтың бүгінгі күнгі көшірмесі тек оқу үшін қалады.</translation>
    </message>
    <message>
        <source>e.g. change of residence</source>
        <translation>мысалы, тұрғылықты жерін ауыстыру</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Аудан:</translation>
    </message>
    <message>
        <source>Transferred &amp;on:</source>
        <translation>Берілген &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Officer &amp;who takes him over:</source>
        <translation>Клиентті қабылдайтын &amp;қызметкер:</translation>
    </message>
    <message>
        <source>— the district assigns him —</source>
        <translation>— ауданның өзі тағайындайды —</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>&amp;Don't save</source>
        <translation>Сақта&amp;мау</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <source>User: {login}</source>
        <translation>Пайдаланушы: {login}</translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. a.nurlanova</source>
        <translation>латын әріптері мен цифрлар, мысалы a.nurlanova</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <source>A probation officer sees only the clients of this district.</source>
        <translation>Пробация қызметкері тек осы ауданның клиенттерін көреді.</translation>
    </message>
    <message>
        <source>Ac&amp;tive: may log in</source>
        <translation>&amp;Белсенді: жүйеге кіре алады</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>А&amp;удан:</translation>
    </message>
    <message>
        <source>&amp;Commissions:</source>
        <translation>&amp;Комиссиялар:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Кемінде {n} таңба</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation>Құпиясөзді қа&amp;йталау:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет енгізіңіз.</translation>
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
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Комиссиялар</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Бұғатталған</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Соңғы кіру</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>Қате құпиясөздер</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Пайдаланушы &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Құпиясөзді &amp;ауыстыру…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Бұғаттан &amp;шығару</translation>
    </message>
    <message>
        <source>Let the next log-in try through at once and restart the count of wrong passwords (after several, each try waits up to a minute).</source>
        <translation>Келесі кіру әрекетіне бірден рұқсат беру және қате құпиясөздер санағын нөлдеу (бірнеше қатеден кейін әр әрекет бір минутқа дейін күтеді).</translation>
    </message>
</context>
<context>
    <name>VoteBox</name>
    <message>
        <source>Vote</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>Voting members present: {present} of {total} (quorum: {required}).</source>
        <translation>Дауыс беру құқығы бар {total} мүшенің {present} қатысады (кворум: {required}).</translation>
    </message>
    <message>
        <source>&amp;No vote taken</source>
        <translation>Дауыс беру &amp;өткізілмеді</translation>
    </message>
    <message>
        <source>&amp;Voted:</source>
        <translation>Дауыс б&amp;ерілді:</translation>
    </message>
    <message>
        <source>&amp;All present voted «for», except:</source>
        <translation>&amp;Барлық қатысушылар «қолдап» дауыс берді, мыналардан басқа:</translation>
    </message>
    <message>
        <source>Names, e.g. «Li V. S.»</source>
        <translation>Аты-жөндері, мысалы «В. С. Ли»</translation>
    </message>
    <message>
        <source>«&amp;For»:</source>
        <translation>«&amp;Қолдап»:</translation>
    </message>
    <message>
        <source>«A&amp;gainst»:</source>
        <translation>«Қа&amp;рсы»:</translation>
    </message>
    <message>
        <source>«Ab&amp;stained»:</source>
        <translation>«Қалыс қал&amp;ған»:</translation>
    </message>
    <message>
        <source>Who voted against or abstained (na&amp;mes):</source>
        <translation>«Қарсы» дауыс бергендер немесе қалыс қалғандар (ат&amp;ы-жөні):</translation>
    </message>
    <message>
        <source>«for»</source>
        <translation>«қолдап»</translation>
    </message>
    <message>
        <source>«against»</source>
        <translation>«қарсы»</translation>
    </message>
    <message>
        <source>The votes are tied; the chair's vote decides. The chair voted</source>
        <translation>Дауыстар тең бөлінді, төрағаның дауысы шешуші. Төрағаның дауысы:</translation>
    </message>
    <message>
        <source>No vote: the minutes give no vote results for this point.</source>
        <translation>Дауыс берусіз: бұл тармақ бойынша дауыс беру қорытындысы хаттамаға енгізілмейді.</translation>
    </message>
    <message>
        <source>More «against» and «abstained» than voting members present ({n}).</source>
        <translation>«Қарсы» және «қалыс қалған» дауыстар қатысып отырған дауыс беру құқығы бар мүшелерден ({n}) көп.</translation>
    </message>
    <message>
        <source>The votes are tied: say how the chair voted.</source>
        <translation>Дауыстар тең: төрағаның қалай дауыс бергенін көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>WorkPlanTab</name>
    <message>
        <source>&amp;Year:</source>
        <translation>Жы&amp;л:</translation>
    </message>
    <message>
        <source>&amp;Add question…</source>
        <translation>Мәселе &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <source>Put on the a&amp;genda…</source>
        <translation>Күн тәртібіне &amp;енгізу…</translation>
    </message>
    <message>
        <source>&amp;Mark as</source>
        <translation>&amp;Белгілеу</translation>
    </message>
    <message>
        <source>Carried over to a later meeting</source>
        <translation>Кейінгі отырысқа ауыстырылды</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Қараудан алынып тасталды</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Қаралды</translation>
    </message>
    <message>
        <source>Planned again</source>
        <translation>Қайта жоспарланды</translation>
    </message>
    <message>
        <source>&amp;Language of the documents:</source>
        <translation>Құжаттардың &amp;тілі:</translation>
    </message>
    <message>
        <source>Save &amp;plan (.docx)…</source>
        <translation>Жоспарды &amp;сақтау (.docx)…</translation>
    </message>
    <message>
        <source>Save plan (.&amp;xlsx)…</source>
        <translation>Жоспарды с&amp;ақтау (.xlsx)…</translation>
    </message>
    <message>
        <source>{count} question(s) in the plan of {year}; done: {done}.</source>
        <translation>{year} жылғы жұмыс жоспарындағы мәселелер: {count}; қаралғаны: {done}.</translation>
    </message>
    <message>
        <source>Delete the question</source>
        <translation>Мәселені жою</translation>
    </message>
    <message>
        <source>Delete this question from the plan?

{question}</source>
        <translation>Бұл мәселе жұмыс жоспарынан жойылсын ба?

{question}</translation>
    </message>
    <message>
        <source>Work_plan_{year}</source>
        <translation>Жұмыс_жоспары_{year}</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Файлды сақтау</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <source>Writing the work plan…</source>
        <translation>Жұмыс жоспары жазылуда…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
</context>
</TS>