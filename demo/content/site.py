"""The pages around the modules: the home page, the course page, the role-model index."""

HOME = {
    "slug": "home",
    "title": {"da": "Samfund", "en": "Samfund", "ar": "Samfund", "uk": "Samfund"},
    "intro": {
        "da": [
            "Velkommen til kurset i samfundsforståelse. Her lærer du, hvordan det danske samfund fungerer: arbejde, skole, sundhed, bolig, penge, rettigheder og fællesskab.",
            "Du kan læse på dit eget sprog eller med dansk ved siden af. Du kan også møde mennesker, som er kommet til Danmark og har fundet deres vej.",
        ],
        "en": [
            "Welcome to the course in understanding Danish society. Here you learn how Danish society works: work, school, health, housing, money, rights and community.",
            "You can read in your own language or with Danish next to it. You can also meet people who came to Denmark and found their way.",
        ],
        "ar": [
            "مرحبًا بك في دورة فهم المجتمع الدنماركي. هنا تتعلّم كيف يعمل المجتمع الدنماركي: العمل والمدرسة والصحة والسكن والمال والحقوق والمجتمع.",
            "يمكنك القراءة بلغتك أو مع النص الدنماركي إلى جانبه. ويمكنك أيضًا أن تتعرّف على أشخاص جاؤوا إلى الدنمارك ووجدوا طريقهم.",
        ],
        "uk": [
            "Ласкаво просимо на курс із розуміння данського суспільства. Тут ви дізнаєтеся, як влаштоване данське суспільство: робота, школа, здоров’я, житло, гроші, права та громада.",
            "Ви можете читати своєю мовою або з данським текстом поруч. Також ви познайомитеся з людьми, які приїхали до Данії та знайшли свій шлях.",
        ],
    },
}

COURSE = {
    "slug": "understanding-danish-society",
    "title": {
        "da": "Samfundsforståelse",
        "en": "Understanding Danish society",
        "ar": "فهم المجتمع الدنماركي",
        "uk": "Розуміння данського суспільства",
    },
    "intro": {
        "da": [
            "Kurset i samfundsforståelse er en del af det program, din kommune har lagt for dig. Din kommune bestemmer, hvor mange timer du skal bruge på kurset, og hvornår du skal være færdig. Du kan se dine timer og din frist under »Mit kursus«.",
            "Kurset har 10 moduler. Hvert modul har lektioner med tekst, fakta, ord, du skal kende, og en lille quiz. Du kan tage lektionerne i dit eget tempo.",
        ],
        "en": [
            "The course in understanding Danish society is part of the programme your municipality has planned for you. Your municipality decides how many hours you spend on the course and when you must finish. You can see your hours and your deadline under “My course”.",
            "The course has 10 modules. Each module has lessons with text, facts, words to know and a short quiz. You can take the lessons at your own pace.",
        ],
        "ar": [
            "دورة فهم المجتمع الدنماركي جزء من البرنامج الذي وضعته لك بلديتك (kommune). البلدية هي التي تحدد عدد الساعات التي تدرسها في الدورة وموعد إنهائها. يمكنك أن ترى ساعاتك وموعدك النهائي في صفحة «دورتي».",
            "تتكوّن الدورة من 10 وحدات. في كل وحدة دروس فيها نصوص ومعلومات وكلمات مهمة واختبار قصير. يمكنك دراسة الدروس بالسرعة التي تناسبك.",
        ],
        "uk": [
            "Курс із розуміння данського суспільства є частиною програми, яку для вас склала ваша комуна (kommune). Комуна визначає, скільки годин ви маєте вчитися на курсі і до якого часу його закінчити. Свої години й кінцевий термін ви бачите на сторінці «Мій курс».",
            "Курс має 10 модулів. У кожному модулі є уроки з текстом, фактами, важливими словами та коротким тестом. Ви можете проходити уроки у власному темпі.",
        ],
    },
}

ROLE_MODELS = {
    "slug": "role-models",
    "title": {
        "da": "Rollemodeller",
        "en": "Role models",
        "ar": "قدوات",
        "uk": "Приклади для натхнення",
    },
    "intro": {
        "da": [
            "Mød mennesker, som er kommet til Danmark som voksne. De fortæller om deres vej: sproget, uddannelse, arbejde, familie og fællesskab.",
        ],
        "en": [
            "Meet people who came to Denmark as adults. They tell you about their path: the language, education, work, family and community.",
        ],
        "ar": [
            "تعرّف على أشخاص جاؤوا إلى الدنمارك وهم بالغون. يحكون لك عن طريقهم: اللغة والتعليم والعمل والأسرة والمجتمع.",
        ],
        "uk": [
            "Познайомтеся з людьми, які приїхали до Данії дорослими. Вони розповідають про свій шлях: мова, освіта, робота, родина та громада.",
        ],
    },
}
