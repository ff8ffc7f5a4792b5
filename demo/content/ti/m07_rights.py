"""Tigrinya (ti) text of demo/content/m07_rights.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "መሰላት፣ ሕግን ማዕርነትን",
    "MODULE.summary": (
        "ብዛዕባ ቅዋም (Grundloven) ከምኡ’ውን መሰረታዊ ናጽነታትካ፣ ብዛዕባ ማዕርነትን ክልከላ ዓመጽን፣ ብዛዕባ ፖሊስ፣ "
        "ኣብያተ ፍርዲ ከምኡ’ውን ኣበይ ክትጠርዕ ከም እትኽእል ተመሃር።"
    ),
    "MODULE.objectives": [
        "ኣብ ቅዋም ዘለዉ ኣገደስቲ መሰረታዊ ናጽነታት ክትጠቕስን ወሰኖም ኣበይ ምዃኑ ክትገልጽን ትኽእል ኢኻ።",
        "ማዕርነት ደቂ ኣንስትዮን ደቂ ተባዕትዮን ኣብ መዓልታዊ ናብራ እንታይ ማለት ምዃኑ ክትገልጽ ትኽእል ኢኻ።",
        "ዓመጽ – ኣብ ልዕሊ ቆልዑ’ውን – ክልኩል ምዃኑ፣ ኣበይ ከኣ ሓገዝ ክርከብ ከም ዝከኣል ትፈልጥ ኢኻ።",
        "ፖሊስን ኣብያተ ፍርድን እንታይ ከም ዝገብሩ፣ ብዛዕባ ኣድልዎ ከኣ ኣበይ ክትጠርዕ ከም እትኽእል ትፈልጥ ኢኻ።",
    ],
    "GLOSSARY.m07-ligestilling.term": "ማዕርነት (ligestilling)",
    "GLOSSARY.m07-ligestilling.explanation": (
        "ደቂ ኣንስትዮን ደቂ ተባዕትዮን ሓደ ዓይነት መሰላት፣ ግዴታታትን ዕድላትን ክህልዎም፣ ንኣብነት ኣብ ትምህርቲ፣ ስራሕን "
        "ደሞዝን – ከምኡ’ውን ብዛዕባ ናይ ገዛእ ርእሶም ህይወት፣ ኣካላትን መጻምድትን ባዕሎም ክውስኑ።"
    ),
    "GLOSSARY.m07-forskelsbehandling.term": "ኣድልዎ (forskelsbehandling)",
    "GLOSSARY.m07-forskelsbehandling.explanation": (
        "ሓደ ሰብ ብሰንኪ ንኣብነት ጾታ፣ ሕብሪ ቆርበት፣ ዓሌታዊ መበቆል፣ ሃይማኖት፣ ዕድመ፣ ስንክልና ወይ ጾታዊ ዝንባለ ካብ "
        "ካልኦት ብዝሓመቐ ክተሓዝ። ብዙሕ ግዜ ዘይሕጋዊ እዩ፣ ክትጠርዕ ከኣ ትኽእል ኢኻ፣ ንኣብነት ናብ ሽማግለ ማዕረ ኣተሓሕዛ "
        "(Ligebehandlingsnævnet)።"
    ),
    "GLOSSARY.m07-opholdstilladelse.term": "ፍቓድ መንበሪ (opholdstilladelse)",
    "GLOSSARY.m07-opholdstilladelse.explanation": (
        "ካብ ሰበ ስልጣን ደንማርክ ዝወሃብ ኣብ ደንማርክ ናይ ምንባር ፍቓድ። ብዙሕ ግዜ ዕለት ምውዳእን ገለ ቅድመ ኩነታትን ኣለዎ፣ "
        "ነዚኦም ባዕልኻ ክትፈልጦምን ክትሕልዎምን ኣለካ። ወግዓዊ ደንብታት ኣብ nyidanmark.dk ይርከቡ።"
    ),
    "RESOURCES.m07-ligebehandlingsnaevnet.name": "ሽማግለ ማዕረ ኣተሓሕዛ (Ligebehandlingsnævnet)",
    "RESOURCES.m07-ligebehandlingsnaevnet.description": (
        "ብዛዕባ ኣድልዎ ዝቐርብ ጥርዓናት ዝርኢ ርእሱ ዝኸኣለ ሽማግለ – ኣብ ዕዳጋ ስራሕን ካብ ዕዳጋ ስራሕ ወጻእን። ምጥርዓን ብነጻ እዩ፣ ጠበቓ’ውን ኣየድልየካን።"
    ),
}
