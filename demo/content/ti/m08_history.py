"""Tigrinya (ti) text of demo/content/m08_history.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "ታሪኽ፣ ባህልን ክብርታትን",
    "MODULE.summary": (
        "ብዛዕባ ታሪኽ ደንማርክ ሓጺር ሓፈሻዊ ስእሊ ርኸብ፣ ነቶም ኣገደስቲ በዓላትን ልምድታትን ፍለጦም፣ ነቶም ብዙሓት "
        "ደንማርካውያን ዝነብሩሎም ክብርታት ከኣ ተረድኦም።"
    ),
    "MODULE.objectives": [
        "ካብ ዘመን ቫይኪንግ ክሳብ ሎሚ ብዛዕባ ኣገደስቲ ፍጻመታት ታሪኽ ደንማርክ ክትዛረብ ትኽእል ኢኻ።",
        "ኣብ ምሉእ ዓመት ዘለዉ ኣገደስቲ በዓላትን ልምድታትን ደንማርክ ትፈልጥ ኢኻ።",
        "ከም ምትእምማን፣ ማዕረ ክብሪ ሰብን hygge ዝኣመሰሉ ክብርታት ክትገልጽ ትኽእል ኢኻ፣ ደንማርካውያን ብዛዕባ ምኽባር "
        "ግዜ እንታይ ከም ዝጽበዩ’ውን ትፈልጥ ኢኻ።",
        "ቤተ ክርስቲያን ደንማርክ (folkekirken) እንታይ ምዃና፣ ናጽነት ሃይማኖት ኣብ ደንማርክ እንታይ ማለት ምዃኑን ትፈልጥ ኢኻ።",
    ],
    "GLOSSARY.m08-befrielsen.term": "ሓርነት (befrielsen)",
    "GLOSSARY.m08-befrielsen.explanation": (
        "መወዳእታ ናይቲ ኣብ ካልኣይ ውግእ ዓለም ጀርመን ንደንማርክ ዝገበረቶ ወራር። እቲ ዜና ብ4 ግንቦት 1945 ምሸት ብሬድዮ "
        "መጸ፣ ሓርነት ከኣ ብ5 ግንቦት ተግባራዊ ኮነ። ብዙሓት ሰባት ክሳብ ሎሚ ብ4 ግንቦት ምሸት ኣብ መሳኹቶም ሽምዓ የብርሁ።"
    ),
    "GLOSSARY.m08-hygge.term": "Hygge (ምቹእን ምዉቕን ሃዋህው)",
    "GLOSSARY.m08-hygge.explanation": (
        "ጥዑምን ውሑስን ዝተዛነየን ሃዋህው፣ ንኣብነት ምስ ዝበርሃ ሽምዓ፣ ጥዑም መግቢ፣ ኩባያ ቡንን ጽቡቓት ሰባትን። Hygge ሓደ "
        "ካብቶም ኣዝዮም ፍሉጣት ቃላት ደንማርክ እዩ፣ ብፍላይ ከኣ ኣብቲ ጸልማት ዝበዝሖ ግዜ ዓመት ኣገዳሲ እዩ።"
    ),
    "GLOSSARY.m08-tillid.term": "ምትእምማን (tillid)",
    "GLOSSARY.m08-tillid.explanation": (
        "ካልኦት ሰባትን ሰበ ስልጣንን ቅኑዓት ምዃኖምን ዝበልዎ ከም ዝገብሩን ምእማን። ደንማርክ ሓንቲ ካብተን ሰባት ኣዝዮም "
        "ዝተኣማመኑለን ሃገራት ዓለም እያ። ምትእምማን ኩሉ ሰብ ግደኡ ብምግባሩ እዩ ዝምርኮስ።"
    ),
    "GLOSSARY.m08-folkekirken.term": "ቤተ ክርስቲያን ደንማርክ (folkekirken)",
    "GLOSSARY.m08-folkekirken.explanation": (
        "ኣብ ደንማርክ ዘላ ወንጌላዊት ሉተራዊት ቤተ ክርስቲያን። ብመሰረት ቅዋም (Grundloven)፣ መንግስቲ ይድግፋ። ኣስታት 7 "
        "ካብ 10 ደንማርካውያን ኣባላታ እዮም፣ ግብሪ ቤተ ክርስቲያን ከኣ ይኸፍሉ። ናጽነት ሃይማኖት ስለ ዘሎ፣ ኩሉ ሰብ ካልእ እምነት "
        "ወይ ዋላ ሓንቲ እምነት ዘይብሉ ምዃን ክመርጽ ይኽእል።"
    ),
    "RESOURCES.m08-nationalmuseet.name": "ሃገራዊ ቤተ-መዘክር ደንማርክ (Nationalmuseet)",
    "RESOURCES.m08-nationalmuseet.description": (
        "ዝዓበየ ቤተ-መዘክር ታሪኽ ባህሊ ደንማርክ፣ ንኣብነት ብዛዕባ ዘመን ቫይኪንግን ታሪኽ ደንማርክን ምርኢታት ዘለዎ። ብዛዕባ "
        "ወራር 1940-1945 ዝገልጽ ቤተ-መዘክር ተቓውሞ (Frihedsmuseet) ክፋል ናይ ሃገራዊ ቤተ-መዘክር እዩ።"
    ),
    "RESOURCES.m08-danmarkshistorien.name": "danmarkshistorien.dk (ዩኒቨርስቲ ኣርሁስ)",
    "RESOURCES.m08-danmarkshistorien.description": (
        "ካብ ዩኒቨርስቲ ኣርሁስ ዝቐረበ ብነጻ ዝርአ መርበብ ሓበሬታ። ካብ ጥንታዊ ዘመን ክሳብ ሎሚ ብዛዕባ ታሪኽ ደንማርክ ዓንቀጻትን ምንጭታትን ኣለዎ።"
    ),
    "RESOURCES.m08-kongehuset.name": "ንጉሳዊ ቤት ደንማርክ (kongehuset.dk)",
    "RESOURCES.m08-kongehuset.description": (
        "ወግዓዊ መርበብ ሓበሬታ ንጉሳዊ ቤት፣ ብዛዕባ ንጉሳዊት ስድራ ቤት፣ ዕማማታን ታሪኽ ንጉሳዊ ስርዓትን ሓበሬታ ዘለዎ።"
    ),
    "RESOURCES.m08-folkekirken.name": "ቤተ ክርስቲያን ደንማርክ (folkekirken.dk)",
    "RESOURCES.m08-folkekirken.description": (
        "ወግዓዊ መርበብ ሓበሬታ ቤተ ክርስቲያን ደንማርክ። ኣብዚ ብዛዕባ ክርስትያናዊ በዓላት፣ ብዛዕባ ጥምቀት፣ ምጽናዕ "
        "(konfirmation)፣ መርዓን ቀብርን ከተንብብ፣ ከባቢያዊት ቤተ ክርስቲያን ከኣ ክትረክብ ትኽእል ኢኻ።"
    ),
}
