"""Tigrinya (ti) text of demo/content/m09_associations.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "ማሕበራትን ማሕበረሰብን",
    "MODULE.summary": (
        "ኣብ ደንማርክ ማሕበራት (foreninger) ከምኡ’ውን ወለንታዊ ስራሕ ብኸመይ ከም ዝሰርሑ፣ ኣብቲ እትነብረሉ ቦታ ከኣ "
        "ብኸመይ ክፋል ናይቲ ማሕበረሰብ ክትከውን ከም እትኽእል ተመሃር።"
    ),
    "MODULE.objectives": [
        "ማሕበር (forening) እንታይ ምዃኑ ክትገልጽን ንቆልዑን ንዓበይትን ዝኾኑ ማሕበራት ኣብነታት ክትህብን ትኽእል ኢኻ።",
        "ማሕበር ብኸመይ ከም ዝመሓደር ክትገልጽ ትኽእል ኢኻ፦ ብሓፈሻዊ ኣኼባ (generalforsamling)፣ ብፈጻሚ ሽማግለ "
        "(bestyrelse) ከምኡ’ውን ብክፍሊት ኣባልነት (kontingent)።",
        "ኣብ ከባቢኻ ወለንታዊ ስራሕን ንጥፈታትን ክትረክብ ትኽእል ኢኻ፣ ንኣብነት ኣብ ቤት መጻሕፍቲ።",
        "ምስ ጎረባብትኻ ንምልላይ ጽቡቓት መገድታት ክትጠቕስ ትኽእል ኢኻ።",
    ],
    "GLOSSARY.m09-forening.term": "ማሕበር (forening)",
    "GLOSSARY.m09-forening.explanation": (
        "ብዛዕባ ሓባራዊ ተገዳስነት፣ ንኣብነት ስፖርት፣ ሙዚቃ ወይ ከባቢ መንበሪ፣ ብሓባር ዝሰርሑ ጉጅለ ሰባት። ኣባላት ብሓባር "
        "ይውስኑ፣ ማሕበር ከኣ ንወነንቲ ገንዘብ ክእክብ ኣይኮነን ዕላምኡ።"
    ),
    "GLOSSARY.m09-kontingent.term": "ክፍሊት ኣባልነት (kontingent)",
    "GLOSSARY.m09-kontingent.explanation": (
        "ኣባል ማሕበር ንምዃን እትኸፍሎ ገንዘብ፣ ንኣብነት ኣብ ነፍሲ ወከፍ ፍርቂ ዓመት ወይ ኣብ ነፍሲ ወከፍ ዓመት። እቲ ክፍሊት "
        "ኣባልነት ንንጥፈታት ማሕበር ይውዕል።"
    ),
    "GLOSSARY.m09-generalforsamling.term": "ሓፈሻዊ ኣኼባ (generalforsamling)",
    "GLOSSARY.m09-generalforsamling.explanation": (
        "እቲ ዝዓበየ ኣገዳሲ ኣኼባ ማሕበር፣ ብልሙድ ኣብ ዓመት ሓደ ግዜ። ኩሎም ኣባላት ክመጹን ድምጺ ክህቡን ይኽእሉ። ኣብኡ "
        "ፈጻሚ ሽማግለ ይምረጽ፣ ጸብጻብ ገንዘብ ይጸድቕ፣ ኣብ ሓሳባት ከኣ ድምጺ ይወሃብ።"
    ),
    "GLOSSARY.m09-bestyrelse.term": "ፈጻሚ ሽማግለ (bestyrelse)",
    "GLOSSARY.m09-bestyrelse.explanation": (
        "ኣብ ሓፈሻዊ ኣኼባ ንማሕበር ኣብ መዓልታዊ ስራሓ ክመርሑ ዝተመረጹ ጉጅለ ኣባላት። ፈጻሚ ሽማግለ ብልሙድ ኣቦ መንበርን ተሓዝ ገንዘብን ኣለዎ።"
    ),
    "GLOSSARY.m09-beboerdemokrati.term": "ደሞክራሲ ነበርቲ (beboerdemokrati)",
    "GLOSSARY.m09-beboerdemokrati.explanation": (
        "ኣብ ዘይመኽሰባዊ መንበሪ ኣባይቲ (almene boliger)፣ ነበርቲ ኣብ ከባቢ መንበሪኦም ብዛዕባ ገለ ነገራት ባዕሎም ይውስኑ። "
        "ኣብቲ ዓመታዊ ኣኼባ ነበርቲ (afdelingsmøde) ኩሎም ነበርቲ ድምጺ ክህቡ ይኽእሉ፣ ንኣብነት ብዛዕባ ደንብታት መንበሪ ገዛ "
        "(husorden) ከምኡ’ውን ሓባራዊ ቦታታት። ሽማግለ ነበርቲ’ውን ይመርጹ።"
    ),
    "RESOURCES.m09-dgi.name": "DGI – ክለባት ስፖርት ኣብ ደንማርክ",
    "RESOURCES.m09-dgi.description": (
        "ንማሕበራት ስፖርት ኣብ ብምሉእ ደንማርክ ዝጥርንፍ ሃገራዊ ውድብ። ኣብ መርበብ ሓበሬታኡ ብዛዕባ ስፖርት ከተንብብን ንቆልዑን "
        "ንዓበይትን ዝኾኑ ንጥፈታትን ማሕበራትን ክትረክብን ትኽእል ኢኻ።"
    ),
    "RESOURCES.m09-frise.name": "Frivilligcentre og Selvhjælp Danmark (FriSe) – ማእከላት ወለንታ",
    "RESOURCES.m09-frise.description": (
        "ነቶም ከባቢያውያን ማእከላት ወለንታ ዝጥርንፍ ሃገራዊ ውድብ። ማእከል ወለንታ ኣብቲ እትነብረሉ ቦታ ወለንታዊ ስራሕን "
        "ማሕበረሰባትን ክትረክብ ይሕግዘካ። ኣብ መርበብ ሓበሬታ እቲ ዝቐረበካ ማእከል ወለንታ ክትረክብ ትኽእል ኢኻ።"
    ),
    "RESOURCES.m09-ereolen.name": "eReolen",
    "RESOURCES.m09-ereolen.description": (
        "ብካርድ ቤት መጻሕፍትካ ኤሌክትሮኒካዊ መጻሕፍትን ድምጻዊ መጻሕፍትን ብነጻ ክትልቅሕ ትኽእል ኢኻ። ኣብ ሞባይልካ "
        "ብኣፕሊኬሽን ከተንብብን ክትሰምዕን ትኽእል ኢኻ።"
    ),
}
