"""Module 3: education and children (childcare, folkeskole, parents and school, youth and adult education)."""

GLOSSARY = {
    "m03-dagtilbud": {
        "term": {
            "da": "Dagtilbud",
            "en": "Daycare (dagtilbud)",
            "ar": "رعاية الأطفال النهارية (dagtilbud)",
            "uk": "Денний догляд за дітьми (dagtilbud)",
        },
        "explanation": {
            "da": "Fælles ord for dagpleje, vuggestue og børnehave: steder, hvor uddannede voksne passer små børn om dagen, mens forældrene arbejder eller studerer. Kommunen har ansvaret, og forældrene betaler en del af prisen.",
            "en": "The common word for dagpleje (childminder), vuggestue (nursery) and børnehave (kindergarten): places where trained adults look after young children during the day while the parents work or study. The municipality is responsible, and parents pay part of the price.",
            "ar": "كلمة عامة تشمل الرعاية المنزلية (dagpleje) والحضانة (vuggestue) وروضة الأطفال (børnehave)، وهي أماكن يعتني فيها بالغون مدرَّبون بالأطفال الصغار أثناء النهار، بينما يعمل الوالدان أو يدرسان. البلدية (kommune) هي المسؤولة عنها، ويدفع الوالدان جزءًا من السعر.",
            "uk": "Загальна назва для догляду в сім'ї вихователя (dagpleje), ясел (vuggestue) і дитячого садка (børnehave) — місць, де підготовлені дорослі вдень доглядають малих дітей, поки батьки працюють або навчаються. За це відповідає комуна (kommune), а батьки сплачують частину вартості.",
        },
    },
    "m03-undervisningspligt": {
        "term": {
            "da": "Undervisningspligt",
            "en": "Compulsory education (undervisningspligt)",
            "ar": "إلزامية التعليم (undervisningspligt)",
            "uk": "Обов'язкове навчання (undervisningspligt)",
        },
        "explanation": {
            "da": "Alle børn i Danmark skal have undervisning i 10 år, fra august i det år, de fylder 6. Det er en pligt til undervisning, ikke til at gå i en bestemt skole: Forældrene kan vælge folkeskole, friskole, privatskole eller undervisning hjemme, som kommunen så fører tilsyn med.",
            "en": "All children in Denmark must receive education for 10 years, from August in the year they turn 6. It is a duty to be educated, not a duty to attend a particular school: parents can choose the folkeskole, a free or private school, or home education, which the municipality then supervises.",
            "ar": "يجب أن يتلقى جميع الأطفال في الدنمارك التعليم لمدة 10 سنوات، ابتداءً من شهر أغسطس في السنة التي يبلغون فيها 6 سنوات. إنه واجب التعلّم، وليس واجب الذهاب إلى مدرسة معيّنة: يمكن للوالدين اختيار المدرسة الحكومية (folkeskole) أو مدرسة حرة أو خاصة، أو التعليم في المنزل تحت إشراف البلدية.",
            "uk": "Усі діти в Данії мають навчатися 10 років, починаючи з серпня того року, коли їм виповнюється 6. Це обов'язок навчатися, а не обов'язок ходити до певної школи: батьки можуть обрати загальноосвітню школу (folkeskole), вільну чи приватну школу або домашнє навчання, за яким тоді наглядає комуна.",
        },
    },
    "m03-ungdomsuddannelse": {
        "term": {
            "da": "Ungdomsuddannelse",
            "en": "Youth education (ungdomsuddannelse)",
            "ar": "التعليم الثانوي للشباب (ungdomsuddannelse)",
            "uk": "Освіта для молоді (ungdomsuddannelse)",
        },
        "explanation": {
            "da": "En uddannelse, som unge tager efter folkeskolen. Det kan være en gymnasial uddannelse (fx stx, hhx, htx eller hf) eller en erhvervsuddannelse (eud), hvor man lærer et fag. Den giver adgang til arbejde eller til videre uddannelse.",
            "en": "An education that young people take after the folkeskole. It can be an upper secondary programme (for example stx, hhx, htx or hf) or a vocational programme (eud), where you learn a trade. It leads to work or to further education.",
            "ar": "تعليم يلتحق به الشباب بعد المدرسة الحكومية (folkeskole). قد يكون تعليمًا ثانويًا عامًا (gymnasium، مثل stx أو hhx أو htx أو hf) أو تعليمًا مهنيًا (eud) يتعلّم فيه الطالب مهنة. ويفتح الطريق إلى العمل أو إلى مزيد من الدراسة.",
            "uk": "Освіта, яку молодь здобуває після загальноосвітньої школи (folkeskole). Це може бути гімназійна програма (gymnasium, наприклад stx, hhx, htx або hf) або професійна освіта (eud), де вивчають певний фах. Вона відкриває шлях до роботи або до подальшого навчання.",
        },
    },
    "m03-danskuddannelse": {
        "term": {
            "da": "Danskuddannelse",
            "en": "Danish language education (danskuddannelse)",
            "ar": "برنامج تعليم اللغة الدنماركية (danskuddannelse)",
            "uk": "Курс данської мови (danskuddannelse)",
        },
        "explanation": {
            "da": "Undervisning i dansk for voksne udlændinge, som foregår på et sprogcenter. Der er tre danskuddannelser (Danskuddannelse 1, 2 og 3), som passer til, hvor meget skole du har gået i. Hver har seks moduler og slutter med en prøve i dansk.",
            "en": "Danish lessons for adult foreigners, held at a language centre (sprogcenter). There are three programmes (Danish Education 1, 2 and 3), matched to how much schooling you have had. Each has six modules and ends with a Danish exam.",
            "ar": "دروس في اللغة الدنماركية للبالغين الأجانب تُقدَّم في مركز اللغة (sprogcenter). هناك ثلاثة برامج (Danskuddannelse 1 و2 و3) تناسب عدد سنوات دراستك السابقة. يتكوّن كل برنامج من ستة مستويات (moduler) وينتهي بامتحان في اللغة الدنماركية.",
            "uk": "Уроки данської мови для дорослих іноземців у мовному центрі (sprogcenter). Є три програми (Danskuddannelse 1, 2 і 3), які підбирають відповідно до того, скільки років ви навчалися в школі. Кожна має шість модулів і закінчується іспитом з данської мови.",
        },
    },
}

RESOURCES = {
    "m03-aula": {
        "name": {
            "da": "Aula",
            "en": "Aula",
            "ar": "منصة Aula",
            "uk": "Платформа Aula",
        },
        "category": "digital",
        "description": {
            "da": "Den digitale platform, som folkeskoler, SFO'er og dagtilbud bruger til beskeder, kalender og kontakt med forældrene. Du logger ind med MitID på hjemmesiden eller i appen.",
            "en": "The digital platform that folkeskoler, after-school clubs (SFO) and daycare use for messages, calendars and contact with parents. You log in with MitID on the website or in the app.",
            "ar": "المنصة الرقمية التي تستخدمها المدارس الحكومية (folkeskole) ونوادي ما بعد المدرسة (SFO) ودور رعاية الأطفال للرسائل والتقويم والتواصل مع أولياء الأمور. تسجّل الدخول باستخدام MitID على الموقع أو في التطبيق.",
            "uk": "Цифрова платформа, яку школи (folkeskole), групи продовженого дня (SFO) і дитячі садки використовують для повідомлень, календаря та зв'язку з батьками. Ви входите через MitID на сайті або в застосунку.",
        },
        "url": "https://www.aula.dk/",
        "city": "",
    },
    "m03-ug": {
        "name": {
            "da": "Uddannelsesguiden (ug.dk)",
            "en": "Uddannelsesguiden – the education guide (ug.dk)",
            "ar": "دليل التعليم (Uddannelsesguiden – ug.dk)",
            "uk": "Освітній путівник (Uddannelsesguiden – ug.dk)",
        },
        "category": "work",
        "description": {
            "da": "Den officielle danske guide til uddannelse og job. Her kan du læse om ungdomsuddannelser, videregående uddannelser og voksenuddannelse og få personlig vejledning i eVejledning.",
            "en": "The official Danish guide to education and jobs. Here you can read about youth education, higher education and adult education, and get personal guidance from eVejledning.",
            "ar": "الدليل الدنماركي الرسمي للتعليم والعمل. يمكنك فيه القراءة عن تعليم الشباب والتعليم العالي وتعليم البالغين، والحصول على إرشاد شخصي عبر خدمة eVejledning.",
            "uk": "Офіційний данський путівник з освіти та роботи. Тут можна прочитати про освіту для молоді, вищу освіту й навчання для дорослих та отримати особисту консультацію в службі eVejledning.",
        },
        "url": "https://www.ug.dk/",
        "city": "",
    },
    "m03-su": {
        "name": {
            "da": "SU – Statens Uddannelsesstøtte (su.dk)",
            "en": "SU – the State Educational Grant (su.dk)",
            "ar": "منحة الدراسة الحكومية SU (su.dk)",
            "uk": "SU – державна освітня стипендія (su.dk)",
        },
        "category": "money",
        "description": {
            "da": "Den officielle side om SU. Her kan du læse reglerne, regne ud, hvor meget du kan få, og søge SU med MitID.",
            "en": "The official website about SU. Here you can read the rules, work out how much you can get, and apply for SU with MitID.",
            "ar": "الموقع الرسمي لمنحة الدراسة SU. يمكنك فيه قراءة القواعد، وحساب المبلغ الذي قد تحصل عليه، والتقدّم بطلب المنحة باستخدام MitID.",
            "uk": "Офіційний сайт про стипендію SU. Тут можна прочитати правила, розрахувати, скільки ви можете отримати, і подати заяву на SU через MitID.",
        },
        "url": "https://www.su.dk/",
        "city": "",
    },
}

MODULE = {
    "slug": "education-and-children",
    "mandatory": True,
    "title": {
        "da": "Uddannelse og børn",
        "en": "Education and children",
        "ar": "التعليم والأطفال",
        "uk": "Освіта і діти",
    },
    "summary": {
        "da": "Lær, hvordan pasning af små børn, folkeskolen og uddannelse for unge og voksne fungerer i Danmark. Og lær, hvordan du som forælder samarbejder med dagtilbud og skole.",
        "en": "Learn how childcare, the folkeskole and education for young people and adults work in Denmark. And learn how you, as a parent, work together with daycare and school.",
        "ar": "تعرّف على كيفية رعاية الأطفال الصغار، والمدرسة الحكومية (folkeskole)، والتعليم للشباب والبالغين في الدنمارك. وتعرّف على كيفية تعاونك بصفتك وليّ أمر مع دار الرعاية والمدرسة.",
        "uk": "Дізнайтеся, як у Данії влаштовані догляд за малими дітьми, загальноосвітня школа (folkeskole) та навчання для молоді й дорослих. А також — як ви як батьки співпрацюєте з дитячим садком і школою.",
    },
    "objectives": {
        "da": [
            "Du kan forklare forskellen på dagpleje, vuggestue og børnehave, og hvordan du skriver dit barn op til en plads.",
            "Du kan forklare, hvad undervisningspligt betyder, og hvordan folkeskolen er bygget op.",
            "Du kan deltage i samarbejdet med dit barns skole, fx til forældremøder og via Aula.",
            "Du kan nævne muligheder for uddannelse for unge og voksne, fx SU og danskuddannelse på et sprogcenter.",
        ],
        "en": [
            "You can explain the difference between dagpleje, vuggestue and børnehave, and how to put your child's name down for a place.",
            "You can explain what compulsory education (undervisningspligt) means and how the folkeskole is organised.",
            "You can take part in cooperation with your child's school, for example at parents' meetings and through Aula.",
            "You can name education options for young people and adults, for example SU and Danish lessons at a language centre.",
        ],
        "ar": [
            "يمكنك شرح الفرق بين الرعاية المنزلية (dagpleje) والحضانة (vuggestue) وروضة الأطفال (børnehave)، وكيف تسجّل طفلك للحصول على مكان.",
            "يمكنك شرح معنى إلزامية التعليم (undervisningspligt) وكيف تُنظَّم المدرسة الحكومية (folkeskole).",
            "يمكنك المشاركة في التعاون مع مدرسة طفلك، مثلًا في اجتماعات أولياء الأمور (forældremøde) ومن خلال منصة Aula.",
            "يمكنك ذكر فرص التعليم للشباب والبالغين، مثل منحة الدراسة (SU) ودروس اللغة الدنماركية في مركز اللغة (sprogcenter).",
        ],
        "uk": [
            "Ви можете пояснити різницю між доглядом у сім'ї вихователя (dagpleje), яслами (vuggestue) і дитячим садком (børnehave) та як записати дитину на місце.",
            "Ви можете пояснити, що означає обов'язкове навчання (undervisningspligt) і як побудована загальноосвітня школа (folkeskole).",
            "Ви можете брати участь у співпраці зі школою вашої дитини, наприклад на батьківських зборах (forældremøde) і через платформу Aula.",
            "Ви можете назвати можливості навчання для молоді й дорослих, наприклад стипендію SU і курси данської мови в мовному центрі (sprogcenter).",
        ],
    },
    "lessons": [
        {
            "slug": "childcare",
            "estimated_minutes": 45,
            "title": {
                "da": "Dagpleje, vuggestue og børnehave",
                "en": "Childminders, nurseries and kindergartens",
            },
            "intro": {
                "da": "Sådan bliver små børn passet i Danmark, og sådan får dit barn en plads.",
                "en": "How young children are looked after in Denmark, and how your child gets a place.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Pasning af små børn i Danmark",
                            "I Danmark arbejder de fleste mødre og fædre. Derfor går de fleste små børn i et dagtilbud om dagen. Et <b>dagtilbud</b> er et sted, hvor uddannede voksne passer dit barn, mens du arbejder, studerer eller går til dansk.",
                            "Det er kommunen, der har ansvaret for dagtilbud. Kommunen skal tilbyde dit barn en plads, fra barnet er 26 uger gammelt, og indtil det begynder i skole. Det kaldes <i>pasningsgarantien</i>.",
                            "Et dagtilbud er mere end pasning. Børnene leger, synger, er ude i naturen og lærer at være sammen med andre børn. De lærer også dansk i hverdagen. Det er en stor hjælp, når barnet senere skal begynde i skole.",
                        ],
                        "en": [
                            "## Childcare in Denmark",
                            "In Denmark, most mothers and fathers work. That is why most young children spend the day in daycare. <b>Daycare</b> (dagtilbud) is a place where trained adults look after your child while you work, study or go to Danish lessons.",
                            "The municipality (kommune) is responsible for daycare. It must offer your child a place from the age of 26 weeks until the child starts school. This is called the <i>childcare guarantee</i> (pasningsgaranti).",
                            "Daycare is more than just looking after children. The children play, sing, spend time outdoors and learn to be with other children. They also learn Danish in everyday life. This is a big help when the child later starts school.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m03-dagtilbud"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Tre slags dagtilbud",
                            "- <b>Dagpleje</b>: En dagplejer passer nogle få børn i sit eget hjem. Dagplejeren er ansat af kommunen. Dagpleje er for børn fra cirka et halvt år til cirka tre år.",
                            "- <b>Vuggestue</b>: En institution for børn fra cirka et halvt år til cirka tre år. Her er der flere børn og flere voksne, fx pædagoger.",
                            "- <b>Børnehave</b>: En institution for børn fra cirka tre år, til de begynder i skole.",
                            "Nogle steder er vuggestue og børnehave samlet i det samme hus. Det kaldes en <i>integreret institution</i>. Så kan barnet blive det samme sted i mange år.",
                        ],
                        "en": [
                            "## Three kinds of daycare",
                            "- <b>Dagpleje</b> (childminder): A childminder looks after a few children in their own home. The childminder is employed by the municipality. Dagpleje is for children from about six months to about three years.",
                            "- <b>Vuggestue</b> (nursery): An institution for children from about six months to about three years. There are more children and more adults here, for example trained pedagogues.",
                            "- <b>Børnehave</b> (kindergarten): An institution for children from about three years old until they start school.",
                            "In some places, the nursery and the kindergarten are in the same building. This is called an <i>integrated institution</i> (integreret institution). Then the child can stay in the same place for many years.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Sådan får dit barn en plads",
                            "Du skriver dit barn op hos kommunen. Det gør du som regel digitalt på kommunens hjemmeside med MitID. Skriv barnet op i god tid, gerne flere måneder før, du får brug for pladsen. Du kan ønske et bestemt sted, men du kan ikke være sikker på at få det.",
                            "Du betaler en del af prisen hver måned, og kommunen betaler resten. Hvis din familie har en lav indkomst, kan du søge om <b>økonomisk friplads</b>. Så betaler du mindre eller slet ikke noget. Har du flere børn i dagtilbud, får du som regel rabat for søskende.",
                            "Mange børn får en sprogvurdering, når de er omkring tre år. Så kan personalet se, om barnet har brug for ekstra hjælp til at lære dansk.",
                        ],
                        "en": [
                            "## How your child gets a place",
                            "You put your child's name down with the municipality. You usually do this online on the municipality's website with MitID. Do it in good time, preferably several months before you need the place. You can ask for a particular place, but you cannot be sure to get it.",
                            "You pay part of the price every month, and the municipality pays the rest. If your family has a low income, you can apply for a <b>reduced fee</b> (økonomisk friplads). Then you pay less or nothing at all. If you have several children in daycare, you usually get a discount for siblings.",
                            "Many children have a language assessment (sprogvurdering) when they are about three years old. This shows the staff whether the child needs extra help to learn Danish.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {"da": "Vigtigt at vide", "en": "Good to know"},
                    "facts": {
                        "da": [
                            "Kommunen skal tilbyde en plads, fra barnet er 26 uger, til det begynder i skole.",
                            "Dagpleje og vuggestue er for børn fra cirka et halvt år til tre år. Børnehave er fra tre år til skolestart.",
                            "Du skriver barnet op hos kommunen, som regel digitalt med MitID.",
                            "Du betaler en del af prisen. Med lav indkomst kan du søge økonomisk friplads.",
                            "Syge børn bliver hjemme, og du giver besked til dagtilbuddet.",
                        ],
                        "en": [
                            "The municipality must offer a place from when the child is 26 weeks old until the child starts school.",
                            "Dagpleje and vuggestue are for children from about six months to three years. Børnehave is from three years until school.",
                            "You put your child's name down with the municipality, usually online with MitID.",
                            "You pay part of the price. With a low income, you can apply for a reduced fee (økonomisk friplads).",
                            "Sick children stay at home, and you let the daycare know.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Samarbejdet med personalet",
                            "Personalet i dagtilbuddet er fx pædagoger og pædagogmedhjælpere. De vil gerne samarbejde med dig. Du kender dit barn bedst, og de ser dit barn mange timer hver dag.",
                            "De første dage bliver du sammen med dit barn i nogle timer. Det hedder <i>indkøring</i>. Så kan barnet lære stedet og de voksne at kende i roligt tempo. Her er nogle gode råd:",
                            "- Sig altid farvel til dit barn, når du går.",
                            "- Giv besked, hvis dit barn er sygt eller skal holde fri.",
                            "- Giv barnet tøj efter vejret med. Børnene er ude hver dag, også når det regner, eller det er koldt.",
                            "- Spørg, hvis du ikke forstår noget. Det er helt normalt at spørge.",
                            "Mange dagtilbud bruger Aula til at sende beskeder til forældrene. Du kan læse mere om Aula i næste lektion. Et sygt barn skal blive hjemme, både for sin egen skyld og for ikke at smitte de andre børn.",
                        ],
                        "en": [
                            "## Working together with the staff",
                            "The daycare staff are, for example, pedagogues and pedagogical assistants. They want to work together with you. You know your child best, and they see your child for many hours every day.",
                            "For the first few days, you stay with your child for a few hours. This is called <i>settling in</i> (indkøring). It lets the child get to know the place and the adults at a calm pace. Here are some good tips:",
                            "- Always say goodbye to your child when you leave.",
                            "- Let the staff know if your child is sick or will have a day off.",
                            "- Give your child clothes for the weather. The children go outside every day, also when it rains or is cold.",
                            "- Ask if you do not understand something. It is completely normal to ask.",
                            "Many daycare centres use Aula to send messages to parents. You can read more about Aula in the next lesson. A sick child must stay at home, both for the child's own sake and so that the other children do not catch the illness.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {"da": "Beskeder fra dagtilbuddet", "en": "Messages from daycare"},
                    "intro": {
                        "da": "Mange dagtilbud sender beskeder, billeder og praktisk information til forældrene i Aula.",
                        "en": "Many daycare centres send messages, photos and practical information to parents in Aula.",
                    },
                    "resources": ["m03-aula"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvordan bliver små børn passet i det land, du kommer fra? Hvad er ens, og hvad er anderledes i Danmark?",
                        "en": "How are young children looked after in the country you come from? What is the same, and what is different in Denmark?",
                    },
                    "hint": {
                        "da": "Tænk på, hvem der passer børnene om dagen, og hvad børnene laver. Du kan tale med en anden forælder eller din kontaktperson om det.",
                        "en": "Think about who looks after the children during the day and what the children do. You can talk about it with another parent or your contact person.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {"da": "Test dig selv: pasning af børn", "en": "Test yourself: childcare"},
                    "questions": [
                        {
                            "question": {
                                "da": "Fra hvilken alder skal kommunen tilbyde dit barn en plads i et dagtilbud?",
                                "en": "From what age must the municipality offer your child a place in daycare?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Fra barnet er 26 uger gammelt",
                                        "en": "From when the child is 26 weeks old",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Fra barnet er 3 år",
                                        "en": "From when the child is 3 years old",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Fra barnet er 6 år",
                                        "en": "From when the child is 6 years old",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Pasningsgarantien betyder, at kommunen skal tilbyde en plads, fra barnet er 26 uger, og til det begynder i skole.",
                                "en": "The childcare guarantee means that the municipality must offer a place from when the child is 26 weeks old until the child starts school.",
                            },
                        },
                        {
                            "question": {"da": "Hvad er dagpleje?", "en": "What is dagpleje?"},
                            "choices": [
                                {
                                    "text": {
                                        "da": "En dagplejer passer nogle få børn i sit eget hjem",
                                        "en": "A childminder looks after a few children in their own home",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En skole for børn på 6 år",
                                        "en": "A school for six-year-old children",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En sygeplejerske, der besøger familien",
                                        "en": "A nurse who visits the family",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "I dagpleje passer en dagplejer, som er ansat af kommunen, nogle få små børn i sit eget hjem.",
                                "en": "In dagpleje, a childminder employed by the municipality looks after a few young children in their own home.",
                            },
                        },
                        {
                            "question": {
                                "da": "Din familie har en lav indkomst. Hvad kan du søge om?",
                                "en": "Your family has a low income. What can you apply for?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Økonomisk friplads",
                                        "en": "A reduced fee (økonomisk friplads)",
                                    },
                                    "correct": True,
                                },
                                {"text": {"da": "SU", "en": "SU"}, "correct": False},
                                {
                                    "text": {
                                        "da": "En gratis plads i en privat skole",
                                        "en": "A free place at a private school",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Med økonomisk friplads betaler familier med lav indkomst mindre eller intet for pladsen. SU er støtte til studerende.",
                                "en": "With a reduced fee, families with a low income pay less or nothing for the place. SU is support for students.",
                            },
                        },
                        {
                            "question": {
                                "da": "Dit barn har feber om morgenen. Hvad gør du?",
                                "en": "Your child has a fever in the morning. What do you do?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Holder barnet hjemme og giver besked til dagtilbuddet",
                                        "en": "Keep the child at home and let the daycare know",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Sender barnet af sted, men siger ikke noget",
                                        "en": "Send the child anyway without saying anything",
                                    },
                                    "correct": False,
                                },
                                {"text": {"da": "Ringer 112", "en": "Call 112"}, "correct": False},
                            ],
                            "explanation": {
                                "da": "Syge børn skal blive hjemme, så de kan blive raske og ikke smitter andre. Husk at give besked, fx i Aula.",
                                "en": "Sick children must stay at home so they can get well and do not infect others. Remember to let the daycare know, for example in Aula.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "school-and-parents",
            "estimated_minutes": 50,
            "title": {
                "da": "Folkeskolen og samarbejdet med skolen",
                "en": "The folkeskole and working with the school",
            },
            "intro": {
                "da": "Om undervisningspligt, folkeskolens klasser og din rolle som forælder.",
                "en": "About compulsory education, the classes of the folkeskole and your role as a parent.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Undervisningspligt – ikke skolepligt",
                            "I Danmark har alle børn <b>undervisningspligt</b> i 10 år. Det betyder, at dit barn skal have undervisning. Pligten begynder i august i det år, barnet fylder 6 år.",
                            "Undervisningspligt er ikke det samme som skolepligt. Forældrene kan vælge, hvor barnet får undervisning. De fleste børn går i folkeskolen. Nogle går på en friskole eller privatskole, hvor forældrene betaler en del selv. Man kan også undervise sit barn hjemme, men så fører kommunen tilsyn, og undervisningen skal være lige så god som i folkeskolen.",
                        ],
                        "en": [
                            "## Compulsory education – not compulsory school",
                            "In Denmark, all children have <b>compulsory education</b> (undervisningspligt) for 10 years. This means that your child must be taught. The duty begins in August of the year the child turns 6.",
                            "Compulsory education is not the same as compulsory school attendance. Parents can choose where their child is taught. Most children go to the folkeskole, the public school. Some go to a free school (friskole) or a private school, where parents pay part of the cost themselves. You can also teach your child at home, but then the municipality supervises, and the teaching must be as good as in the folkeskole.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m03-undervisningspligt"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Sådan er folkeskolen bygget op",
                            "Folkeskolen er gratis. Den er for alle børn, uanset hvor familien kommer fra, og hvilken religion den har.",
                            "- <b>0. klasse</b> (børnehaveklassen): Børnene er cirka 6 år og lærer at gå i skole.",
                            "- <b>1.-9. klasse</b>: Børnene har fx dansk, matematik, engelsk, natur og teknologi, historie og idræt.",
                            "- <b>10. klasse</b>: Et frivilligt ekstra år for elever, der har brug for det.",
                            "I 9. klasse går eleverne til prøver. Derefter begynder de fleste på en ungdomsuddannelse. Ture, lejrskoler og idræt er en del af undervisningen, og alle elever er med. Faget kristendomskundskab handler om religion. Forældre kan skriftligt bede om, at deres barn bliver fritaget fra det fag.",
                            "Børn, som lige er kommet til Danmark og ikke taler dansk, får ekstra hjælp. Nogle begynder i en modtagelsesklasse, hvor de lærer dansk, før de kommer i en almindelig klasse. Andre går i en almindelig klasse fra starten og får ekstra undervisning i dansk som andetsprog.",
                            "Mange skoler har en <b>SFO</b> (skolefritidsordning). Her kan de yngste elever være før og efter skoletid. SFO koster penge, og du skal skrive dit barn op.",
                        ],
                        "en": [
                            "## How the folkeskole is organised",
                            "The folkeskole is free. It is for all children, no matter where the family comes from or what religion it has.",
                            "- <b>Year 0</b> (0. klasse, the reception class): The children are about 6 years old and learn how to be at school.",
                            "- <b>Years 1–9</b>: The children have subjects such as Danish, maths, English, science, history and physical education.",
                            "- <b>Year 10</b>: An optional extra year for pupils who need it.",
                            "In year 9, the pupils take exams. After that, most of them start a youth education. Trips, school camps and physical education are part of the teaching, and all pupils take part. The subject kristendomskundskab is about religion. Parents can ask in writing for their child to be exempt from this subject.",
                            "Children who have just arrived in Denmark and do not speak Danish get extra help. Some start in a reception class (modtagelsesklasse), where they learn Danish before joining an ordinary class. Others join an ordinary class from the start and get extra lessons in Danish as a second language.",
                            "Many schools have an <b>SFO</b> (after-school club). The youngest pupils can be there before and after school hours. The SFO costs money, and you must sign your child up.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Forældre og skole samarbejder",
                            "I Danmark forventer skolen, at forældrene er aktive. Du er en vigtig samarbejdspartner for lærerne. Det kan være anderledes end i andre lande, hvor skolen og hjemmet har mindre kontakt.",
                            "- <b>Forældremøde</b>: Et møde for alle forældre i klassen, ofte en eller to gange om året. Lærerne fortæller om undervisningen, og forældrene taler om, hvordan børnene har det sammen.",
                            "- <b>Skole-hjem-samtale</b>: En kort samtale mellem dig, dit barn og lærerne om, hvordan det går med barnet, både fagligt og socialt.",
                            "- <b>Skolebestyrelse</b>: Forældrene vælger repræsentanter til skolebestyrelsen, som er med til at bestemme skolens regler og principper.",
                            "Mange skoler kan skaffe en tolk til samtaler med forældre. Spørg skolen i god tid, hvis du har brug for det. Det er også en god idé at komme til klassens arrangementer. Så lærer du de andre forældre at kende, og dit barn får lettere venner.",
                        ],
                        "en": [
                            "## Parents and school work together",
                            "In Denmark, the school expects parents to be active. You are an important partner for the teachers. This can be different from other countries, where school and home have less contact.",
                            "- <b>Parents' meeting</b> (forældremøde): A meeting for all the parents in the class, often once or twice a year. The teachers talk about the teaching, and the parents talk about how the children get along.",
                            "- <b>Parent-teacher conference</b> (skole-hjem-samtale): A short talk between you, your child and the teachers about how your child is doing, both in school subjects and socially.",
                            "- <b>School board</b> (skolebestyrelse): Parents elect representatives to the school board, which helps decide the school's rules and principles.",
                            "Many schools can arrange an interpreter for meetings with parents. Ask the school in good time if you need one. It is also a good idea to come to class events. That way you get to know the other parents, and it is easier for your child to make friends.",
                        ],
                    },
                },
                {
                    "type": "key_facts",
                    "title": {"da": "Vigtigt at vide", "en": "Good to know"},
                    "facts": {
                        "da": [
                            "Undervisningspligten varer 10 år og begynder i august i det år, barnet fylder 6.",
                            "Folkeskolen går fra 0. til 9. klasse. 10. klasse er frivillig.",
                            "Folkeskolen er gratis. SFO koster penge.",
                            "Forældremøder og skole-hjem-samtaler er en vigtig del af samarbejdet.",
                            "Aula er skolens digitale system. Du logger ind med MitID.",
                        ],
                        "en": [
                            "Compulsory education lasts 10 years and starts in August of the year the child turns 6.",
                            "The folkeskole goes from year 0 to year 9. Year 10 is optional.",
                            "The folkeskole is free. The SFO costs money.",
                            "Parents' meetings and parent-teacher conferences are an important part of the cooperation.",
                            "Aula is the school's digital system. You log in with MitID.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Aula – skolens digitale system",
                            "Skoler og dagtilbud bruger <b>Aula</b> til at kommunikere med forældrene. Du logger ind med MitID på aula.dk eller i Aula-appen. I Aula kan du fx:",
                            "- læse beskeder fra lærerne og skolen,",
                            "- se skemaet og kalenderen med fx ture og forældremøder,",
                            "- skrive til lærerne og give besked, hvis dit barn er sygt.",
                            "Læs i Aula hver dag, eller slå beskeder til på din telefon. Hvis du har svært ved at læse dansk, kan du bede skolen om hjælp eller bruge et oversættelsesprogram.",
                            "Hvis dit barn er sygt, skal du give skolen besked samme morgen. Ferier holder I i skolens ferier. Vil du tage dit barn ud af skolen på andre dage, skal du spørge skolens leder først. Meget fravær uden en god grund bliver taget alvorligt af skolen og kommunen.",
                        ],
                        "en": [
                            "## Aula – the school's digital system",
                            "Schools and daycare use <b>Aula</b> to communicate with parents. You log in with MitID on aula.dk or in the Aula app. In Aula you can, for example:",
                            "- read messages from the teachers and the school,",
                            "- see the timetable and the calendar with, for example, trips and parents' meetings,",
                            "- write to the teachers and let them know if your child is sick.",
                            "Read Aula every day, or turn on notifications on your phone. If it is hard for you to read Danish, you can ask the school for help or use a translation app.",
                            "If your child is sick, you must let the school know the same morning. Take holidays during the school holidays. If you want to take your child out of school on other days, you must ask the head teacher first. A lot of absence without a good reason is taken seriously by the school and the municipality.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {"da": "Hjælp til forældre", "en": "Help for parents"},
                    "intro": {
                        "da": "Her finder du Aula og en forening, som giver råd til forældre med børn i folkeskolen.",
                        "en": "Here you will find Aula and an association that gives advice to parents with children in the folkeskole.",
                    },
                    "resources": ["m03-aula", "skole-og-foraeldre"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad vil du gerne spørge dit barns lærer om til den første skole-hjem-samtale?",
                        "en": "What would you like to ask your child's teacher at the first parent-teacher conference?",
                    },
                    "hint": {
                        "da": "Skriv to eller tre spørgsmål ned på forhånd, fx om dit barns venner, om dansk og om lektier. Du må gerne tage en anden voksen med.",
                        "en": "Write down two or three questions beforehand, for example about your child's friends, Danish and homework. You are welcome to bring another adult.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {"da": "Test dig selv: folkeskolen", "en": "Test yourself: the folkeskole"},
                    "questions": [
                        {
                            "question": {
                                "da": "Hvad betyder undervisningspligt?",
                                "en": "What does compulsory education (undervisningspligt) mean?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Dit barn skal have undervisning i 10 år, men ikke nødvendigvis i folkeskolen",
                                        "en": "Your child must be taught for 10 years, but not necessarily in the folkeskole",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Dit barn skal gå i folkeskolen i 10 år",
                                        "en": "Your child must attend the folkeskole for 10 years",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Dit barn bestemmer selv, om det vil have undervisning",
                                        "en": "Your child decides whether to be taught",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Det er en pligt til undervisning, ikke til en bestemt skole. Forældrene kan fx vælge folkeskole, friskole eller privatskole.",
                                "en": "It is a duty to be taught, not to attend a particular school. Parents can choose, for example, the folkeskole, a free school or a private school.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad bruger skolen Aula til?",
                                "en": "What does the school use Aula for?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Beskeder, skema og kontakt mellem skole og forældre",
                                        "en": "Messages, timetables and contact between school and parents",
                                    },
                                    "correct": True,
                                },
                                {"text": {"da": "At betale skat", "en": "Paying tax"}, "correct": False},
                                {
                                    "text": {
                                        "da": "At bestille tid hos lægen",
                                        "en": "Booking a doctor's appointment",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Aula er skolens og dagtilbuddets digitale system til kommunikation med forældrene.",
                                "en": "Aula is the digital system that schools and daycare use to communicate with parents.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvad er en skole-hjem-samtale?",
                                "en": "What is a parent-teacher conference (skole-hjem-samtale)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En samtale med lærerne om, hvordan det går med dit barn",
                                        "en": "A talk with the teachers about how your child is doing",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En eksamen for forældrene",
                                        "en": "An exam for the parents",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et møde, hvor du betaler for skolen",
                                        "en": "A meeting where you pay for school",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Til skole-hjem-samtalen taler du, dit barn og lærerne om, hvordan det går fagligt og socialt.",
                                "en": "At the parent-teacher conference, you, your child and the teachers talk about how things are going, in school subjects and socially.",
                            },
                        },
                        {
                            "question": {
                                "da": "Du vil gerne rejse med dit barn uden for skolens ferie. Hvad skal du gøre?",
                                "en": "You want to travel with your child outside the school holidays. What must you do?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "Spørge skolens leder først",
                                        "en": "Ask the head teacher first",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "Bare rejse uden at sige noget",
                                        "en": "Just travel without saying anything",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Skrive til kommunen, når I er kommet hjem",
                                        "en": "Write to the municipality when you get back",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "Fri uden for skolens ferier skal aftales med skolens leder på forhånd.",
                                "en": "Time off outside the school holidays must be agreed with the head teacher in advance.",
                            },
                        },
                    ],
                },
            ],
        },
        {
            "slug": "youth-and-adult-education",
            "estimated_minutes": 45,
            "title": {
                "da": "Uddannelse for unge og voksne",
                "en": "Education for young people and adults",
            },
            "intro": {
                "da": "Om ungdomsuddannelser, SU, danskuddannelse på sprogcenteret og uddannelse for voksne.",
                "en": "About youth education, SU, Danish lessons at the language centre and education for adults.",
            },
            "body": [
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Efter folkeskolen",
                            "Uddannelse betyder meget i Danmark. Næsten alle unge tager en <b>ungdomsuddannelse</b> efter 9. eller 10. klasse. Det giver bedre muligheder for at få arbejde eller læse videre. Der er to hovedveje:",
                            "- <b>Gymnasiale uddannelser</b> (fx stx, hhx, htx og hf): Eleverne læser almene fag i 2-3 år. Bagefter kan de søge ind på en videregående uddannelse, fx på et universitet.",
                            "- <b>Erhvervsuddannelser</b> (eud): Eleverne lærer et fag, fx tømrer, frisør, elektriker eller social- og sundhedsassistent. Uddannelsen skifter mellem skole og praktik i en virksomhed, hvor eleven får løn.",
                            "Unge under 25 år, som ikke er klar til en ungdomsuddannelse, kan gå på <b>FGU</b> (forberedende grunduddannelse). Her kan de blive bedre til fx dansk og matematik og prøve forskellige fag.",
                            "Kommunen har vejledere, som hjælper unge med at vælge uddannelse. På ug.dk kan man læse om alle uddannelser, og man søger ind på optagelse.dk.",
                        ],
                        "en": [
                            "## After the folkeskole",
                            "Education matters a lot in Denmark. Almost all young people take a <b>youth education</b> (ungdomsuddannelse) after year 9 or year 10. It gives them better chances of finding work or studying further. There are two main paths:",
                            "- <b>Upper secondary programmes</b> (for example stx, hhx, htx and hf): Students take general subjects for 2–3 years. Afterwards they can apply for higher education, for example at a university.",
                            "- <b>Vocational programmes</b> (eud): Students learn a trade, for example carpenter, hairdresser, electrician or social and health care assistant. The programme switches between school and training in a company, where the student is paid.",
                            "Young people under 25 who are not ready for a youth education can attend <b>FGU</b> (preparatory basic education). There they can improve, for example, their Danish and maths and try out different trades.",
                            "The municipality has guidance counsellors who help young people choose an education. On ug.dk you can read about all programmes, and you apply on optagelse.dk.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m03-ungdomsuddannelse"},
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## SU – støtte til at studere",
                            "<b>SU</b> betyder Statens Uddannelsesstøtte. Det er penge fra staten, som du kan få hver måned, mens du tager en uddannelse. Du kan få SU, når du er fyldt 18 år og går på en ungdomsuddannelse eller en videregående uddannelse. Du kan også få et SU-lån, som du skal betale tilbage senere.",
                            "Hvor meget du kan få, afhænger blandt andet af, hvilken uddannelse du tager, og om du bor hjemme hos dine forældre. Om du som udenlandsk statsborger kan få SU, afhænger af din opholdstilladelse. Du søger SU digitalt på su.dk med MitID, og her kan du også læse reglerne.",
                        ],
                        "en": [
                            "## SU – support for studying",
                            "<b>SU</b> stands for Statens Uddannelsesstøtte, the State Educational Grant. It is money from the state that you can get every month while you are studying. You can get SU when you are 18 or older and attend a youth education or a higher education. You can also get an SU loan, which you must pay back later.",
                            "How much you can get depends, among other things, on which programme you take and whether you live with your parents. Whether you can get SU as a foreign citizen depends on your residence permit. You apply for SU online on su.dk with MitID, where you can also read the rules.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Dansk for voksne på sprogcenteret",
                            "Som voksen udlænding med bopæl i Danmark har du ret til at lære dansk. Kommunen tilbyder dig <b>danskuddannelse</b>, som foregår på et sprogcenter (også kaldet en sprogskole). Der er tre danskuddannelser:",
                            "- <b>Danskuddannelse 1</b>: for dig, der har gået kort tid i skole eller ikke har lært at læse og skrive.",
                            "- <b>Danskuddannelse 2</b>: for dig, der har gået nogle år i skole i dit hjemland.",
                            "- <b>Danskuddannelse 3</b>: for dig, der har en længere uddannelse og kan lære hurtigt.",
                            "Hver danskuddannelse har seks moduler. Til sidst kan du gå op til en prøve: Prøve i Dansk 1, 2 eller 3. Mange sprogcentre har hold både om dagen og om aftenen, så det kan passe med arbejde og familie.",
                            "Danskuddannelsen er gratis. Nogle kursister skal betale et depositum, som de kan få tilbage, når de har gennemført. Der er tidsfrister, så det er en god idé at begynde tidligt og komme til undervisningen hver gang.",
                        ],
                        "en": [
                            "## Danish for adults at the language centre",
                            "As an adult foreigner living in Denmark, you have the right to learn Danish. The municipality offers you <b>Danish language education</b> (danskuddannelse) at a language centre (sprogcenter, also called a language school). There are three programmes:",
                            "- <b>Danish Education 1</b>: for you if you have been to school for a short time or have not learned to read and write.",
                            "- <b>Danish Education 2</b>: for you if you went to school for some years in your home country.",
                            "- <b>Danish Education 3</b>: for you if you have a longer education and can learn quickly.",
                            "Each programme has six modules. At the end you can take an exam: Prøve i Dansk 1, 2 or 3. Many language centres have classes both during the day and in the evening, so they can fit with work and family.",
                            "Danish language education is free. Some students must pay a deposit, which they can get back when they complete the course. There are time limits, so it is a good idea to start early and come to every lesson.",
                        ],
                    },
                },
                {"type": "glossary_term", "term": "m03-danskuddannelse"},
                {
                    "type": "key_facts",
                    "title": {"da": "Vigtigt at vide", "en": "Good to know"},
                    "facts": {
                        "da": [
                            "Næsten alle unge tager en ungdomsuddannelse: en gymnasial uddannelse eller en erhvervsuddannelse.",
                            "FGU er for unge under 25 år, som ikke er klar til en ungdomsuddannelse.",
                            "SU er penge fra staten til studerende fra 18 år. Reglerne står på su.dk.",
                            "Voksne udlændinge kan lære dansk gratis på et sprogcenter: Danskuddannelse 1, 2 eller 3.",
                            "Voksne kan også uddanne sig, fx på VUC, på AMU-kurser eller med en erhvervsuddannelse for voksne.",
                        ],
                        "en": [
                            "Almost all young people take a youth education: an upper secondary programme or a vocational programme.",
                            "FGU is for young people under 25 who are not ready for a youth education.",
                            "SU is money from the state for students aged 18 and over. The rules are on su.dk.",
                            "Adult foreigners can learn Danish for free at a language centre: Danish Education 1, 2 or 3.",
                            "Adults can also get an education, for example at VUC, on AMU courses or with a vocational programme for adults.",
                        ],
                    },
                },
                {
                    "type": "text",
                    "text": {
                        "da": [
                            "## Uddannelse for voksne",
                            "I Danmark er det almindeligt at lære nyt hele livet. Der er mange muligheder for voksne:",
                            "- <b>VUC</b> (voksenuddannelsescenter): Her kan voksne tage fag på folkeskoleniveau eller gymnasieniveau, fx dansk, matematik og engelsk.",
                            "- <b>AMU-kurser</b>: korte kurser, som gør dig klar til et bestemt arbejde, fx inden for rengøring, lager, transport eller omsorg.",
                            "- <b>Erhvervsuddannelse for voksne</b> (euv): Voksne over 25 år kan tage en erhvervsuddannelse, ofte på kortere tid, hvis de har erfaring fra arbejde.",
                            "- <b>Aftenskole og højskole</b>: kurser i fx sprog, madlavning eller kunst, hvor du lærer nyt og møder andre mennesker.",
                            "Har du en uddannelse fra dit hjemland, kan du søge om at få den vurderet. Så kan danske arbejdsgivere se, hvad den svarer til i Danmark. Spørg jobcenteret eller sprogcenteret, hvordan du gør.",
                        ],
                        "en": [
                            "## Education for adults",
                            "In Denmark it is common to keep learning throughout life. There are many options for adults:",
                            "- <b>VUC</b> (adult education centre): Adults can take subjects at folkeskole level or upper secondary level, for example Danish, maths and English.",
                            "- <b>AMU courses</b>: short courses that prepare you for a particular job, for example in cleaning, warehouse work, transport or care.",
                            "- <b>Vocational education for adults</b> (euv): Adults over 25 can take a vocational programme, often in a shorter time if they have work experience.",
                            "- <b>Evening school and folk high school</b> (aftenskole and højskole): courses in, for example, languages, cooking or art, where you learn something new and meet other people.",
                            "If you have an education from your home country, you can apply to have it assessed. Then Danish employers can see what it corresponds to in Denmark. Ask the jobcentre or the language centre how to do it.",
                        ],
                    },
                },
                {
                    "type": "help",
                    "title": {"da": "Find din uddannelse", "en": "Find your education"},
                    "intro": {
                        "da": "På disse sider kan du læse om uddannelser, få vejledning og læse om SU.",
                        "en": "On these websites you can read about education, get guidance and read about SU.",
                    },
                    "resources": ["m03-ug", "m03-su"],
                },
                {
                    "type": "reflection",
                    "question": {
                        "da": "Hvad vil du gerne lære eller arbejde med i Danmark om fem år? Hvad er det første skridt?",
                        "en": "What would you like to learn or work with in Denmark in five years? What is the first step?",
                    },
                    "hint": {
                        "da": "Tænk på din uddannelse og dit arbejde fra dit hjemland. Tal med din lærer på sprogcenteret eller din rådgiver på jobcenteret om dine muligheder.",
                        "en": "Think about your education and work from your home country. Talk to your teacher at the language centre or your adviser at the jobcentre about your options.",
                    },
                },
                {
                    "type": "quiz",
                    "title": {"da": "Test dig selv: uddannelse", "en": "Test yourself: education"},
                    "questions": [
                        {
                            "question": {
                                "da": "Hvad er en erhvervsuddannelse?",
                                "en": "What is a vocational programme (erhvervsuddannelse)?",
                            },
                            "choices": [
                                {
                                    "text": {
                                        "da": "En uddannelse, hvor du lærer et fag i skolen og i praktik i en virksomhed",
                                        "en": "A programme where you learn a trade at school and through training in a company",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En uddannelse kun for universitetsstuderende",
                                        "en": "A programme only for university students",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "Et kursus i dansk for udlændinge",
                                        "en": "A Danish course for foreigners",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "En erhvervsuddannelse skifter mellem skole og praktik, og eleven får løn i praktiktiden.",
                                "en": "A vocational programme switches between school and training, and the student is paid during the training periods.",
                            },
                        },
                        {
                            "question": {"da": "Hvad er SU?", "en": "What is SU?"},
                            "choices": [
                                {
                                    "text": {
                                        "da": "Penge fra staten til personer, der tager en uddannelse",
                                        "en": "Money from the state for people who are studying",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {
                                        "da": "En skat, som studerende betaler",
                                        "en": "A tax that students pay",
                                    },
                                    "correct": False,
                                },
                                {
                                    "text": {
                                        "da": "En skole for unge under 18 år",
                                        "en": "A school for young people under 18",
                                    },
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "SU er Statens Uddannelsesstøtte. Man kan få den fra 18 år, når man tager en ungdomsuddannelse eller en videregående uddannelse.",
                                "en": "SU is the State Educational Grant. You can get it from age 18 when you take a youth education or a higher education.",
                            },
                        },
                        {
                            "question": {
                                "da": "Hvor lærer voksne udlændinge dansk?",
                                "en": "Where do adult foreigners learn Danish?",
                            },
                            "choices": [
                                {
                                    "text": {"da": "På et sprogcenter", "en": "At a language centre"},
                                    "correct": True,
                                },
                                {"text": {"da": "I en vuggestue", "en": "At a nursery"}, "correct": False},
                                {"text": {"da": "Hos lægen", "en": "At the doctor's"}, "correct": False},
                            ],
                            "explanation": {
                                "da": "Kommunen tilbyder danskuddannelse, som foregår på et sprogcenter.",
                                "en": "The municipality offers Danish language education, which takes place at a language centre.",
                            },
                        },
                        {
                            "question": {"da": "Hvem er FGU for?", "en": "Who is FGU for?"},
                            "choices": [
                                {
                                    "text": {
                                        "da": "Unge under 25 år, som ikke er klar til en ungdomsuddannelse",
                                        "en": "Young people under 25 who are not ready for a youth education",
                                    },
                                    "correct": True,
                                },
                                {
                                    "text": {"da": "Alle voksne over 40 år", "en": "All adults over 40"},
                                    "correct": False,
                                },
                                {
                                    "text": {"da": "Børn i 0. klasse", "en": "Children in year 0"},
                                    "correct": False,
                                },
                            ],
                            "explanation": {
                                "da": "FGU (forberedende grunduddannelse) gør unge under 25 klar til en ungdomsuddannelse eller et job.",
                                "en": "FGU (preparatory basic education) gets young people under 25 ready for a youth education or a job.",
                            },
                        },
                    ],
                },
            ],
        },
    ],
}
