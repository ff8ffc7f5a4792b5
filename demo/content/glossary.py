"""Glossary terms shared by several modules (module files add their own)."""

GLOSSARY = {
    "cpr-number": {
        "term": {
            "da": "CPR-nummer",
            "en": "CPR number",
            "ar": "الرقم الشخصي (CPR-nummer)",
            "uk": "Номер CPR (CPR-nummer)",
        },
        "explanation": {
            "da": "Dit personlige identifikationsnummer i Danmark. Det har 10 cifre: din fødselsdato (6 cifre) og 4 cifre mere. Du får det, når du bliver registreret i kommunen, og du skal bruge det hos lægen, i banken, på jobbet og hos myndighederne.",
            "en": "Your personal identification number in Denmark. It has 10 digits: your date of birth (6 digits) and 4 more digits. You get it when you are registered with the municipality, and you need it at the doctor's, at the bank, at work and with the authorities.",
            "ar": "رقم تعريفك الشخصي في الدنمارك. يتكوّن من 10 أرقام: تاريخ ميلادك (6 أرقام) ثم 4 أرقام أخرى. تحصل عليه عندما تُسجَّل في البلدية (kommune)، وتحتاج إليه عند الطبيب وفي البنك وفي العمل ولدى الجهات الرسمية.",
            "uk": "Ваш особистий ідентифікаційний номер у Данії. Він складається з 10 цифр: дата народження (6 цифр) і ще 4 цифри. Ви отримуєте його, коли реєструєтеся в комуні (kommune), і він потрібен вам у лікаря, у банку, на роботі та в державних установах.",
        },
    },
    "mitid": {
        "term": {"da": "MitID", "en": "MitID", "ar": "MitID", "uk": "MitID"},
        "explanation": {
            "da": "Dit digitale ID i Danmark. Du bruger MitID til at logge på borger.dk, din netbank, sundhed.dk og mange andre sider. Du kan bruge en app på mobilen eller en kodeviser. Giv aldrig din MitID til andre.",
            "en": "Your digital ID in Denmark. You use MitID to log on to borger.dk, your online bank, sundhed.dk and many other websites. You can use an app on your phone or a code display. Never give your MitID to anyone else.",
            "ar": "هويتك الرقمية في الدنمارك. تستخدم MitID لتسجيل الدخول إلى borger.dk وإلى حسابك البنكي على الإنترنت وإلى sundhed.dk ومواقع كثيرة أخرى. يمكنك استخدام تطبيق على الهاتف أو جهاز صغير يعرض الرموز. لا تُعطِ MitID الخاص بك لأي شخص آخر أبداً.",
            "uk": "Ваш цифровий ідентифікатор у Данії. За допомогою MitID ви входите на borger.dk, в онлайн-банк, на sundhed.dk та багато інших сайтів. Можна користуватися застосунком на телефоні або пристроєм для кодів. Ніколи не передавайте свій MitID іншим людям.",
        },
    },
    "borgerservice": {
        "term": {
            "da": "Borgerservice",
            "en": "Citizen service centre (Borgerservice)",
            "ar": "خدمة المواطنين (Borgerservice)",
            "uk": "Служба для громадян (Borgerservice)",
        },
        "explanation": {
            "da": "Kommunens kontor, hvor du kan få hjælp til fx sundhedskort, pas, MitID og Digital Post. Mange steder skal du bestille tid først. I nogle byer ligger Borgerservice på biblioteket.",
            "en": "The municipality's office where you can get help with, for example, your health card, passport, MitID and Digital Post. In many places you have to book an appointment first. In some towns Borgerservice is in the library.",
            "ar": "مكتب البلدية الذي يمكنك أن تحصل فيه على مساعدة في أمور مثل بطاقة الصحة وجواز السفر وMitID والبريد الرقمي (Digital Post). في أماكن كثيرة يجب أن تحجز موعداً أولاً. وفي بعض المدن يوجد Borgerservice داخل المكتبة العامة.",
            "uk": "Офіс комуни, де вам допоможуть, наприклад, із медичною карткою, паспортом, MitID та Digital Post. У багатьох місцях спершу треба записатися на прийом. У деяких містах Borgerservice розташований у бібліотеці.",
        },
    },
    "kommune": {
        "term": {
            "da": "Kommune",
            "en": "Municipality (kommune)",
            "ar": "البلدية (kommune)",
            "uk": "Комуна (kommune)",
        },
        "explanation": {
            "da": "Danmark er delt i 98 kommuner. Kommunen tager sig af mange ting i din hverdag, fx skole, dagtilbud til børn, ældrepleje, jobcenter og Borgerservice. Hvert fjerde år er der valg til kommunalbestyrelsen.",
            "en": "Denmark is divided into 98 municipalities. The municipality handles many things in your daily life, for example schools, daycare, care for the elderly, the jobcentre and Borgerservice. Every four years there is an election to the municipal council.",
            "ar": "تنقسم الدنمارك إلى 98 بلدية. تتولّى البلدية أموراً كثيرة في حياتك اليومية، مثل المدارس ورعاية الأطفال النهارية ورعاية كبار السن ومركز العمل (jobcenter) وخدمة المواطنين (Borgerservice). وكل أربع سنوات تُجرى انتخابات المجلس البلدي.",
            "uk": "Данія поділена на 98 комун. Комуна відповідає за багато речей у вашому повсякденному житті: школи, денний догляд за дітьми, допомогу літнім людям, центр зайнятості (jobcenter) і Borgerservice. Кожні чотири роки відбуваються вибори до муніципальної ради.",
        },
    },
    "digital-post": {
        "term": {
            "da": "Digital Post",
            "en": "Digital Post",
            "ar": "البريد الرقمي (Digital Post)",
            "uk": "Цифрова пошта (Digital Post)",
        },
        "explanation": {
            "da": "Breve fra det offentlige, fx fra kommunen, Skattestyrelsen og sygehuset, kommer som Digital Post. Du kan læse dem på borger.dk, i e-Boks eller på mit.dk. Tjek din Digital Post ofte – et brev gælder, også selvom du ikke har læst det.",
            "en": "Letters from public authorities, for example from the municipality, the Danish Tax Agency (Skattestyrelsen) and the hospital, arrive as Digital Post. You can read them on borger.dk, in e-Boks or on mit.dk. Check your Digital Post often – a letter counts even if you have not read it.",
            "ar": "تصلك الرسائل من الجهات العامة، مثل البلدية ومصلحة الضرائب (Skattestyrelsen) والمستشفى، عبر البريد الرقمي. يمكنك قراءتها على borger.dk أو في e-Boks أو على mit.dk. افحص بريدك الرقمي كثيراً، فالرسالة تُعتبر مُستلَمة حتى لو لم تقرأها.",
            "uk": "Листи від державних установ, наприклад від комуни, Податкової служби (Skattestyrelsen) чи лікарні, надходять як Digital Post. Ви можете читати їх на borger.dk, в e-Boks або на mit.dk. Часто перевіряйте Digital Post: лист вважається отриманим, навіть якщо ви його не прочитали.",
        },
    },
    "sundhedskort": {
        "term": {
            "da": "Sundhedskort (det gule kort)",
            "en": "Health card (the yellow card)",
            "ar": "بطاقة الصحة – البطاقة الصفراء (sundhedskort)",
            "uk": "Медична картка – жовта картка (sundhedskort)",
        },
        "explanation": {
            "da": "Dit gule sundhedskort viser dit navn, dit CPR-nummer og din læge. Tag det med, når du skal til læge, tandlæge, på apotek eller på sygehus. Du kan også have det digitalt i appen Sundhedskortet.",
            "en": "Your yellow health card shows your name, your CPR number and your doctor. Bring it when you go to the doctor, the dentist, the pharmacy or hospital. You can also have it digitally in the Sundhedskortet app.",
            "ar": "تُظهر بطاقة الصحة الصفراء اسمك ورقمك الشخصي (CPR) وطبيبك. خذها معك عندما تذهب إلى الطبيب أو طبيب الأسنان أو الصيدلية أو المستشفى. ويمكنك أيضاً أن تحملها رقمياً في تطبيق Sundhedskortet.",
            "uk": "На жовтій медичній картці зазначено ваше ім'я, номер CPR і вашого лікаря. Беріть її з собою до лікаря, стоматолога, в аптеку чи лікарню. Також її можна мати в цифровому вигляді в застосунку Sundhedskortet.",
        },
    },
    "jobcenter": {
        "term": {
            "da": "Jobcenter",
            "en": "Jobcentre (jobcenter)",
            "ar": "مركز العمل (jobcenter)",
            "uk": "Центр зайнятості (jobcenter)",
        },
        "explanation": {
            "da": "Kommunens kontor for beskæftigelse. Jobcentret hjælper dig med at finde arbejde eller uddannelse, og du holder møder med en sagsbehandler der. Hvis du er ledig, skal du som regel melde dig på jobnet.dk.",
            "en": "The municipality's employment office. The jobcentre helps you find work or education, and you have meetings with a caseworker there. If you are unemployed, you usually have to register on jobnet.dk.",
            "ar": "مكتب البلدية المختص بالتوظيف. يساعدك مركز العمل في إيجاد عمل أو تعليم، وتحضر فيه مواعيد مع الموظف المسؤول عن ملفك (sagsbehandler). إذا كنت بلا عمل، فعليك عادةً أن تسجّل نفسك على jobnet.dk.",
            "uk": "Офіс комуни з питань працевлаштування. Центр зайнятості допомагає знайти роботу або навчання, і там у вас зустрічі з куратором (sagsbehandler). Якщо ви безробітні, зазвичай треба зареєструватися на jobnet.dk.",
        },
    },
    "tolk": {
        "term": {
            "da": "Tolk",
            "en": "Interpreter (tolk)",
            "ar": "المترجم الشفهي (tolk)",
            "uk": "Перекладач (tolk)",
        },
        "explanation": {
            "da": "En tolk oversætter mundtligt mellem dig og fx lægen eller kommunen. Tolken har tavshedspligt og skal være neutral. Brug helst ikke dine børn som tolk.",
            "en": "An interpreter translates what is said between you and, for example, the doctor or the municipality. The interpreter has a duty of confidentiality and must be neutral. Try not to use your children as interpreters.",
            "ar": "يترجم المترجم الشفهي الكلام بينك وبين الطبيب أو البلدية مثلاً. وهو ملزم بالحفاظ على السرية (tavshedspligt) ويجب أن يكون محايداً. حاول ألا تستعين بأطفالك كمترجمين.",
            "uk": "Усний перекладач перекладає розмову між вами та, наприклад, лікарем чи комуною. Перекладач зобов'язаний зберігати конфіденційність (tavshedspligt) і має бути нейтральним. Намагайтеся не просити своїх дітей перекладати.",
        },
    },
    "frivillig": {
        "term": {
            "da": "Frivillig",
            "en": "Volunteer (frivillig)",
            "ar": "متطوّع (frivillig)",
            "uk": "Волонтер (frivillig)",
        },
        "explanation": {
            "da": "En frivillig er en person, der arbejder uden løn, fordi han eller hun har lyst til at hjælpe. Frivillige er fx trænere i sportsklubber, lektiehjælpere og besøgsvenner for ældre. Alle kan blive frivillige.",
            "en": "A volunteer is a person who works without pay because they want to help. Volunteers are, for example, coaches in sports clubs, homework helpers and visiting friends for elderly people. Anyone can become a volunteer.",
            "ar": "المتطوّع شخص يعمل دون أجر لأنه يرغب في المساعدة. من أمثلة المتطوعين: المدرّبون في الأندية الرياضية، ومن يساعدون التلاميذ في واجباتهم المدرسية، ومن يزورون كبار السن ليؤنسوهم. يمكن لأي شخص أن يصبح متطوعاً.",
            "uk": "Волонтер — це людина, яка працює без оплати, бо хоче допомагати. Волонтерами є, наприклад, тренери у спортивних клубах, помічники з домашніх завдань і люди, які відвідують літніх людей, щоб ті не були самотні. Волонтером може стати кожен.",
        },
    },
    "grundloven": {
        "term": {
            "da": "Grundloven",
            "en": "The Constitution (Grundloven)",
            "ar": "الدستور (Grundloven)",
            "uk": "Конституція (Grundloven)",
        },
        "explanation": {
            "da": "Danmarks forfatning og vigtigste lov. Den beskriver, hvordan landet skal styres, og giver borgerne frihedsrettigheder. Den første grundlov er fra 5. juni 1849, og den nuværende er fra 1953.",
            "en": "Denmark’s constitution and most important law. It describes how the country is governed and gives citizens basic freedoms. The first Constitution dates from 5 June 1849, and the current one from 1953.",
            "ar": "دستور الدنمارك وأهم قوانينها. يصف طريقة حكم البلاد ويمنح المواطنين الحريات الأساسية. يعود أول دستور إلى 5 يونيو 1849، والدستور الحالي إلى عام 1953.",
            "uk": "Конституція Данії та найважливіший закон країни. Вона описує, як керують країною, і надає громадянам основні свободи. Першу конституцію ухвалили 5 червня 1849 року, а чинна діє з 1953 року.",
        },
    },
}
