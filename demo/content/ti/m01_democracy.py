"""Tigrinya (ti) text of demo/content/m01_democracy.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "ደሞክራሲን ሕብረተሰብ ራህዋን",
    "MODULE.summary": (
        "ደንማርክ ብኸመይ ከም እትመሓደር፣ መን እንታይ ከም ዝውስን፣ ግብሪ ከኣ ንራህዋ ብኸመይ ከም ዝኸፍል ተመሃር። "
        "ብዛዕባ መሰላትካን ግዴታታትካን’ውን ክትመሃር ኢኻ።"
    ),
    "MODULE.objectives": [
        "ፓርላማ (Folketinget)፣ መንግስቲ (regeringen) ከምኡ’ውን ኣብያተ ፍርዲ (domstolene) እንታይ ከም ዝገብሩ ክትገልጽ ትኽእል ኢኻ።",
        "ምምሕዳር (kommune) ከምኡ’ውን ዞባ (region) ብእንታይ ከም ዝከናኸኑ ክትነግር ትኽእል ኢኻ።",
        "ኣብ ደንማርክ ኣብ ዝተፈላለዩ ምርጫታት መን ድምጺ ክህብ ከም ዝኽእል ክትገልጽ ትኽእል ኢኻ።",
        "ግብሪ ንእንታይ ከም ዝኸፍል፣ ከምኡ’ውን ብዛዕባ መሰላትካን ግዴታታትካን ኣብነታት ክትህብ ትኽእል ኢኻ።",
    ],
    "GLOSSARY.m01-folketinget.term": "ፓርላማ (Folketinget)",
    "GLOSSARY.m01-folketinget.explanation": (
        "ፓርላማ ደንማርክ። ፓርላማ 179 ኣባላት ኣለዉዎ፣ ሕግታት የጽድቕ፣ ንመንግስቲ ከኣ ይቆጻጸር። ምርጫ ፓርላማ እንተ ወሓደ "
        "ኣብ ነፍሲ ወከፍ ኣርባዕተ ዓመት ሓደ ግዜ ይካየድ።"
    ),
    "GLOSSARY.m01-kommunalbestyrelse.term": "ባይቶ ምምሕዳር (kommunalbestyrelse) – ባይቶ ከተማ (byråd)",
    "GLOSSARY.m01-kommunalbestyrelse.explanation": (
        "እቶም ነበርቲ ንምምሕዳር ክመርሑ ዝመረጽዎም ፖለቲከኛታት። ኣብ ብዙሓት ምምሕዳራት ባይቶ ከተማ (byråd) ይበሃል። "
        "ከንቲባ (borgmester) ኣቦ መንበሩ እዩ። ምርጫ ምምሕዳር ኣብ ነፍሲ ወከፍ ኣርባዕተ ዓመት ይካየድ።"
    ),
    "GLOSSARY.m01-velfaerdssamfund.term": "ሕብረተሰብ ራህዋ (velfærdssamfund)",
    "GLOSSARY.m01-velfaerdssamfund.explanation": (
        "ህዝባዊ ትካላት ንኣብነት ንጥዕና፣ ንትምህርቲ ከምኡ’ውን ንኣረጋውያን፣ ንሕሙማትን ስራሕ ንዘይብሎምን ዝወሃብ ሓገዝ "
        "ዝኸፍሉሉ ሕብረተሰብ። እዚ ብግብሪ እዩ ዝኽፈል።"
    ),
    "RESOURCES.m01-ft-dk.name": "ፓርላማ ደንማርክ (ft.dk)",
    "RESOURCES.m01-ft-dk.description": (
        "ወግዓዊ መርበብ ሓበሬታ ፓርላማ። ኣብዚ ኣኼባታት ክትከታተል፣ ኣባላት መን ምዃኖም ክትርእን ሓደ ሕጊ ብኸመይ ከም "
        "ዝወጽእ ከተንብብን ትኽእል ኢኻ። ብእንግሊዝኛ’ውን ሓበሬታ ኣሎ።"
    ),
}
