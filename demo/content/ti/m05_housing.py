"""Tigrinya (ti) text of demo/content/m05_housing.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "መንበሪ ገዛ",
    "MODULE.summary": (
        "ኣብ ደንማርክ ብኸመይ መንበሪ ገዛ ከም እትረክብ፣ ብዛዕባ ውዕል ክራይ (lejekontrakt)፣ ገንዘብ ውሕስና (depositum)፣ "
        "ክራይ ገዛ ከምኡ’ውን ደገፍ መንበሪ ገዛ (boligstøtte) እንታይ ክትፈልጥ ከም ዘለካ ተመሃር። ብኸመይ ጽቡቕ ጎረቤት "
        "ክትከውን፣ ጎሓፍካ ክትፈላሊን ምቕያር መንበሪ ክትሕብርን ከም እትኽእል’ውን ተመሃር።"
    ),
    "MODULE.objectives": [
        "ዘይመኽሰባዊ መንበሪ ገዛ (almen bolig) ካብ ብሕታዊ ናይ ክራይ ገዛ ብምንታይ ከም ዝፍለ፣ ከምኡ’ውን ብኸመይ ኣብ ዝርዝር "
        "ተጸበይቲ ከም እትኣቱ ክትገልጽ ትኽእል ኢኻ።",
        "ኣብ ውዕል ክራይ (lejekontrakt) እንታይ ከም ዝተጻሕፈ፣ ገንዘብ ውሕስና (depositum) ከምኡ’ውን ኣቐዲሙ ዝኽፈል ክራይ "
        "እንታይ ምዃኖም ክትገልጽ ትኽእል ኢኻ።",
        "ንደገፍ መንበሪ ገዛ (boligstøtte) ከተመልክት ትኽእል ኢኻ፣ ኣበይ ክትጠርዕ ከም እትኽእል’ውን ትፈልጥ፣ ንኣብነት "
        "ናብ ሽማግለ ክራይ ገዛ (Huslejenævnet)።",
        "ደንብታት መንበሪ ገዛ (husorden) ክትክተል፣ ጎሓፍካ ክትፈላሊን ምቕያር መንበሪ ብግዜኡ ክትሕብርን ትኽእል ኢኻ።",
    ],
    "GLOSSARY.m05-almen-bolig.term": "ዘይመኽሰባዊ መንበሪ ገዛ (almen bolig)",
    "GLOSSARY.m05-almen-bolig.explanation": (
        "ብሓደ ዘይመኽሰባዊ ትካል መንበሪ ኣባይቲ (ብዙሕ ግዜ boligforening ዝበሃል) ዝውነን ገዛ ክራይ። ክራይ ነቲ ወጻኢታት "
        "ክሽፍን ኣለዎ፣ ዝኾነ ሰብ ካብኡ መኽሰብ ክገብር ኣይፍቀዶን። ዘይመኽሰባዊ መንበሪ ገዛ ኣብ ዝርዝር ተጸበይቲ ብምምዝጋብ "
        "ትረክብ። ነበርቲ ከኣ ብመገዲ ደሞክራሲ ነበርቲ (beboerdemokrati) ድምጺ ኣለዎም።"
    ),
    "GLOSSARY.m05-depositum.term": "ገንዘብ ውሕስና (depositum)",
    "GLOSSARY.m05-depositum.explanation": (
        "ናብ ገዛ ክትኣቱ ከለኻ ንዋና ገዛ እትኸፍሎ ገንዘብ። ንዋና ገዛ ውሕስና እዩ፣ ካብ ክራይ 3 ኣዋርሕ ክበዝሕ ከኣ ኣይፍቀድን። "
        "ካብቲ ገዛ ክትለቕቕ ከለኻ፣ ነቲ ገዛ ንምጽጋን ዝወጽእ ወጻኢ ተቐኒሱ እቲ ገንዘብ ይምለሰልካ።"
    ),
    "GLOSSARY.m05-boligstoette.term": "ደገፍ መንበሪ ገዛ (boligstøtte)",
    "GLOSSARY.m05-boligstoette.explanation": (
        "ብክራይ እንተ ትነብርን ትሑት እቶት እንተ ኣለካን፣ ካብ ህዝባዊ ትካላት ንክራይ ገዛ ዝወሃብ ደገፍ። ኣብ borger.dk "
        "ብMitID ተመልከት፣ Udbetaling Danmark ከኣ ነቲ ምልክታ ይርእዮ። እቲ መጠን ኣብ ከም ክራይ ገዛ፣ ዓቐን ገዛ፣ ክንደይ "
        "ሰባት ከም ዘለኹምን እቶት ስድራ ቤትን ዝኣመሰሉ ነገራት ይምርኮስ።"
    ),
    "GLOSSARY.m05-husorden.term": "ደንብታት መንበሪ ገዛ (husorden)",
    "GLOSSARY.m05-husorden.explanation": (
        "ነበርቲ ሓደ ህንጻ ክኽተልዎም ዘለዎም ደንብታት፣ ንኣብነት ብዛዕባ ዓው ዝበለ ድምጺ፣ ክፍሊ ሕጽቦ ክዳውንቲ፣ ጎሓፍ፣ "
        "መደያይብን ባልኮንን። ኣብ ዘይመኽሰባዊ መንበሪ ገዛ (almen bolig)፣ ነበርቲ ባዕላቶም ኣብ ኣኼባ ነበርቲ "
        "(afdelingsmøde) ነቲ ደንብታት መንበሪ ገዛ የጽድቕዎ።"
    ),
    "RESOURCES.m05-bl.name": "BL – Danmarks Almene Boliger (ዘይመኽሰባውያን መንበሪ ኣባይቲ ደንማርክ)",
    "RESOURCES.m05-bl.description": (
        "ንዘይመኽሰባውያን ትካላት መንበሪ ኣባይቲ ዝውክል ውድብ። ብዛዕባ ዘይመኽሰባዊ መንበሪ ኣባይቲ (almene boliger)፣ ዝርዝር "
        "ተጸበይቲ፣ ደሞክራሲ ነበርቲ (beboerdemokrati) ከምኡ’ውን ደገፍ መንበሪ ገዛ (boligstøtte) ሓበሬታ ኣለዎ።"
    ),
}
