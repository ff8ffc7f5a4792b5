"""Persian (fa) text of demo/content/glossary.py (see demo/content/overlay.py)."""

TEXT = {
    "GLOSSARY.cpr-number.term": "شمارهٔ شخصی (CPR-nummer)",
    "GLOSSARY.cpr-number.explanation": "شمارهٔ شناسایی شخصی شما در دنمارک. این شماره 10 رقم دارد: تاریخ تولد شما (6 رقم) و 4 رقم دیگر. وقتی در کمون (kommune) ثبت می‌شوید، آن را می‌گیرید. این شماره را نزد پزشک، در بانک، سر کار و در ادارات دولتی لازم دارید.",
    "GLOSSARY.mitid.term": "MitID",
    "GLOSSARY.mitid.explanation": "شناسهٔ دیجیتال شما در دنمارک. با MitID وارد borger.dk، بانک اینترنتی خود، sundhed.dk و بسیاری از سایت‌های دیگر می‌شوید. می‌توانید از یک اپلیکیشن روی گوشی موبایل یا از یک دستگاه کوچک نمایش کد (kodeviser) استفاده کنید. هرگز MitID خود را به کس دیگری ندهید.",
    "GLOSSARY.borgerservice.term": "دفتر خدمات شهروندی (Borgerservice)",
    "GLOSSARY.borgerservice.explanation": "دفتر کمون (kommune) که در آنجا می‌توانید برای کارهایی مثل کارت سلامت (sundhedskort)، گذرنامه، MitID و Digital Post کمک بگیرید. در بسیاری از جاها باید اول وقت بگیرید. در بعضی از شهرها Borgerservice در کتابخانه است.",
    "GLOSSARY.kommune.term": "کمون (kommune)",
    "GLOSSARY.kommune.explanation": "دنمارک به 98 کمون تقسیم شده است. کمون به بسیاری از کارهای زندگی روزمرهٔ شما رسیدگی می‌کند، مثلاً مدرسه، نگهداری روزانهٔ کودکان (dagtilbud)، مراقبت از سالمندان، مرکز کاریابی (jobcenter) و Borgerservice. هر چهار سال یک بار انتخابات شورای کمون (kommunalbestyrelse) برگزار می‌شود.",
    "GLOSSARY.digital-post.term": "پست دیجیتال (Digital Post)",
    "GLOSSARY.digital-post.explanation": "نامه‌های نهادهای دولتی، مثلاً از کمون (kommune)، ادارهٔ مالیات (Skattestyrelsen) و بیمارستان، به صورت Digital Post می‌رسند. می‌توانید آن‌ها را در borger.dk، در e-Boks یا در mit.dk بخوانید. Digital Post خود را زیاد نگاه کنید – یک نامه معتبر است، حتی اگر آن را نخوانده باشید.",
    "GLOSSARY.sundhedskort.term": "کارت سلامت – کارت زرد (sundhedskort)",
    "GLOSSARY.sundhedskort.explanation": "روی کارت سلامت زرد شما نام شما، شمارهٔ شخصی (CPR-nummer) شما و نام پزشک شما نوشته شده است. وقتی پیش پزشک یا دندان‌پزشک، به داروخانه یا به بیمارستان می‌روید، آن را همراه داشته باشید. می‌توانید آن را به صورت دیجیتال هم در اپلیکیشن Sundhedskortet داشته باشید.",
    "GLOSSARY.jobcenter.term": "مرکز کاریابی (jobcenter)",
    "GLOSSARY.jobcenter.explanation": "دفتر کمون (kommune) برای امور اشتغال. مرکز کاریابی به شما کمک می‌کند کار یا تحصیل پیدا کنید، و شما در آنجا با مسئول پرونده (sagsbehandler) جلسه دارید. اگر بیکار هستید، معمولاً باید در jobnet.dk ثبت‌نام کنید.",
    "GLOSSARY.tolk.term": "مترجم شفاهی (tolk)",
    "GLOSSARY.tolk.explanation": "مترجم شفاهی حرف‌های شما و مثلاً پزشک یا کمون (kommune) را برای هم ترجمه می‌کند. مترجم وظیفهٔ رازداری (tavshedspligt) دارد و باید بی‌طرف باشد. بهتر است فرزندانتان را به‌عنوان مترجم به کار نگیرید.",
    "GLOSSARY.frivillig.term": "داوطلب (frivillig)",
    "GLOSSARY.frivillig.explanation": "داوطلب کسی است که بدون دستمزد کار می‌کند، چون دوست دارد کمک کند. برای مثال، مربیان باشگاه‌های ورزشی، کسانی که در تکالیف مدرسه به بچه‌ها کمک می‌کنند و کسانی که به دیدار سالمندان می‌روند، داوطلب هستند. همه می‌توانند داوطلب شوند.",
    "GLOSSARY.grundloven.term": "قانون اساسی (Grundloven)",
    "GLOSSARY.grundloven.explanation": "قانون اساسی دنمارک و مهم‌ترین قانون این کشور. این قانون توضیح می‌دهد که کشور چگونه باید اداره شود، و به شهروندان آزادی‌های اساسی می‌دهد. نخستین قانون اساسی مال 5 ژوئن 1849 است و قانون اساسی کنونی مال سال 1953.",
}
