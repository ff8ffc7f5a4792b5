"""Persian (fa) text of demo/content/m07_rights.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "حقوق، قانون و برابری",
    "MODULE.summary": "با قانون اساسی (Grundloven) و آزادی‌های خود، با برابری و ممنوعیت خشونت، و با پلیس، دادگاه‌ها و جاهایی که می‌توانید شکایت کنید، آشنا شوید.",
    "MODULE.objectives": [
        "می‌توانید آزادی‌های مهم در قانون اساسی (Grundloven) را نام ببرید و توضیح دهید مرز آن‌ها کجاست.",
        "می‌توانید توضیح دهید برابری میان زنان و مردان در زندگی روزمره یعنی چه.",
        "می‌دانید که خشونت ممنوع است، از جمله خشونت علیه کودکان، و می‌دانید از کجا می‌شود کمک گرفت.",
        "می‌دانید پلیس (politiet) و دادگاه‌ها (domstolene) چه کار می‌کنند، و کجا می‌توانید از تبعیض شکایت کنید.",
    ],
    "GLOSSARY.m07-ligestilling.term": "برابری جنسیتی (ligestilling)",
    "GLOSSARY.m07-ligestilling.explanation": "یعنی زنان و مردان حقوق، وظایف و فرصت‌های یکسان دارند، مثلاً در تحصیل، کار و دستمزد – و هر کس خودش دربارهٔ زندگی، بدن و شریک زندگی خود تصمیم می‌گیرد.",
    "GLOSSARY.m07-forskelsbehandling.term": "تبعیض (forskelsbehandling)",
    "GLOSSARY.m07-forskelsbehandling.explanation": "وقتی با کسی به خاطر مثلاً جنسیت، رنگ پوست، ریشهٔ قومی، دین، سن، معلولیت یا گرایش جنسی بدتر از دیگران رفتار می‌شود. این کار اغلب غیرقانونی است و می‌توانید شکایت کنید، مثلاً به هیئت رفتار برابر (Ligebehandlingsnævnet).",
    "GLOSSARY.m07-opholdstilladelse.term": "اجازهٔ اقامت (opholdstilladelse)",
    "GLOSSARY.m07-opholdstilladelse.explanation": "اجازه‌ای از طرف مقامات دنمارک برای زندگی در دنمارک. این اجازه اغلب تاریخ پایان و چند شرط دارد که خودتان باید آن‌ها را بدانید و رعایت کنید. قوانین رسمی در nyidanmark.dk آمده است.",
    "RESOURCES.m07-ligebehandlingsnaevnet.name": "هیئت رفتار برابر (Ligebehandlingsnævnet)",
    "RESOURCES.m07-ligebehandlingsnaevnet.description": "یک هیئت مستقل که به شکایت‌ها دربارهٔ تبعیض رسیدگی می‌کند – هم در بازار کار و هم بیرون از آن. شکایت کردن رایگان است و به وکیل نیاز ندارید.",
}
