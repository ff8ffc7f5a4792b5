"""Tigrinya (ti) text of demo/content/m02_work.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "ስራሕን ማእከል ስራሕን",
    "MODULE.summary": (
        "ማእከል ስራሕ (jobcenter) ከምኡ’ውን መደብካ ናብ ስራሕ ንኽትኣቱ ብኸመይ ክሕግዙኻ ከም ዝኽእሉ ተመሃር። ብኸመይ "
        "ስራሕ ከም እትደሊ፣ ኣብ ደንማርካዊ ቦታ ስራሕ ከኣ እንታይ ደንብታትን ልምድታትን ከም ዘለዉ’ውን ተመሃር።"
    ),
    "MODULE.objectives": [
        "ማእከል ስራሕ እንታይ ከም ዝገብርን መደብካ እንታይ ከም ዝሓዘን ክትገልጽ ትኽእል ኢኻ።",
        "ክፉት ስራሓት ክትረክብን ብኣገባብ ደንማርክ ሓጺር ታሪኽ ህይወት (CV) ክትጽሕፍን ትኽእል ኢኻ።",
        "ካብ ወጻኢ ዘለካ ትምህርቲ ብኸመይ ከም ዝግምገመልካ ክትገልጽ ትኽእል ኢኻ።",
        "ሓባራዊ ስምምዕ (overenskomst)፣ ማሕበር ሰራሕተኛታት (fagforening) ከምኡ’ውን ትካል መድሕን ስራሕ ኣልቦነት "
        "(a-kasse) እንታይ ምዃኖም ክትገልጽ ትኽእል ኢኻ።",
        "ኣብ ወረቐት ደሞዝ ዘለዉ ኣገደስቲ መስመራት ከተንብብ ትኽእል ኢኻ።",
    ],
    "GLOSSARY.m02-virksomhedspraktik.term": "ልምምድ ስራሕ (virksomhedspraktik)",
    "GLOSSARY.m02-virksomhedspraktik.explanation": (
        "ሞያ ንምምሃርን እንታይ ክትገብር ከም እትኽእል ንምርኣይን ኣብ ሓደ ቦታ ስራሕ እትሰርሓሉ እዋን። ካብ ምምሕዳር (kommune) "
        "ክፍሊት ሓገዝካ ትረክብ እምበር ካብቲ ትካል ደሞዝ ኣይትረክብን።"
    ),
    "GLOSSARY.m02-overenskomst.term": "ሓባራዊ ስምምዕ (overenskomst)",
    "GLOSSARY.m02-overenskomst.explanation": (
        "ኣብ መንጎ ማሕበራት ሰራሕተኛታትን ውድባት ኣስራሕትን ብዛዕባ ደሞዝ፣ ሰዓታት ስራሕ፣ ጡረታን ካልኦት ኩነታትን ዝግበር ስምምዕ።"
    ),
    "GLOSSARY.m02-a-kasse.term": "ትካል መድሕን ስራሕ ኣልቦነት (a-kasse)",
    "GLOSSARY.m02-a-kasse.explanation": (
        "ትካል መድሕን ስራሕ ኣልቦነት። ከም ኣባል መጠን ክፍሊት ኣባልነት ትኸፍል። ስራሕ እንተ ሰኣንካን ነቶም ደንብታት እንተ "
        "ኣማሊእካን ከኣ ሓገዝ ስራሕ ኣልቦነት (dagpenge) ክትረክብ ትኽእል ኢኻ።"
    ),
    "RESOURCES.m02-ufm-anerkendelse.name": "ግምገማ ትምህርቲ ካብ ወጻኢ ሃገር (ufm.dk)",
    "RESOURCES.m02-ufm-anerkendelse.description": (
        "ቤት ጽሕፈት ትምህርትን ምርምርን (Uddannelses- og Forskningsstyrelsen) ትምህርትካ ካብ ወጻኢ ኣብ ደንማርክ ምስ "
        "እንታይ ከም ዝመዓራረ ብነጻ ይግምግም። ሞያኻ ብሕጊ ዝተሰርዐ ሞያ ምዃኑ’ውን ኣብዚ ክትርኢ ትኽእል ኢኻ።"
    ),
    "RESOURCES.m02-fho.name": "Fagbevægelsens Hovedorganisation (FH) – ሓፈሻዊ ውድብ ማሕበራት ሰራሕተኛታት ደንማርክ",
    "RESOURCES.m02-fho.description": (
        "ንብዙሓት ማሕበራት ሰራሕተኛታት ደንማርክ ዝጥርንፍ ላዕለዋይ ውድብ። ኣብዚ ብዛዕባ ደንማርካዊ ሞዴልን ብዛዕባ መሰላት ሰራሕተኛታትን ከተንብብ ትኽእል ኢኻ።"
    ),
    "RESOURCES.m02-at-dk.name": "ቤት ጽሕፈት ሃዋህው ስራሕ (Arbejdstilsynet)",
    "RESOURCES.m02-at-dk.description": (
        "ብዛዕባ ሃዋህው ስራሕ ሓላፍነት ዘለዎ መንግስታዊ ትካል። ኣብዚ ብዛዕባ ድሕንነትን ጥዕናን ኣብ ቦታ ስራሕ ከተንብብ ትኽእል "
        "ኢኻ። ሃዋህው ስራሕካ ሓደገኛ እንተ ኾይኑ ከኣ ምስ Arbejdstilsynet ክትራኸብ ትኽእል ኢኻ።"
    ),
}
