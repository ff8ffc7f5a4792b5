"""Tigrinya (ti) text of demo/content/m03_education.py (see demo/content/overlay.py)."""

TEXT = {
    "MODULE.title": "ትምህርትን ቆልዑን",
    "MODULE.summary": (
        "ኣብ ደንማርክ ክንክን ናእሽቱ ቆልዑ፣ ህዝባዊ ቤት ትምህርቲ (folkeskole) ከምኡ’ውን ትምህርቲ ንመንእሰያትን ንዓበይትን "
        "ብኸመይ ከም ዝሰርሑ ተመሃር። ከም ወላዲ መጠን ምስ ክንክን ቆልዑ (dagtilbud) ከምኡ’ውን ምስ ቤት ትምህርቲ ብኸመይ "
        "ከም እትተሓባበር’ውን ተመሃር።"
    ),
    "MODULE.objectives": [
        "ሓላዪት ቆልዑ (dagpleje)፣ ቤት ክንክን ህጻናት (vuggestue) ከምኡ’ውን መዋእለ ህጻናት (børnehave) ብምንታይ ከም "
        "ዝፈላለዩ፣ ንውላድካ ቦታ ንምርካብ ከኣ ብኸመይ ከም እተመዝግቦ ክትገልጽ ትኽእል ኢኻ።",
        "ግዴታዊ ትምህርቲ (undervisningspligt) እንታይ ማለት ምዃኑን ህዝባዊ ቤት ትምህርቲ (folkeskole) ብኸመይ ከም "
        "ዝተወደበን ክትገልጽ ትኽእል ኢኻ።",
        "ምስ ቤት ትምህርቲ ውላድካ ኣብ ዝግበር ምትሕብባር ክትሳተፍ ትኽእል ኢኻ፣ ንኣብነት ኣብ ኣኼባታት ወለዲ ከምኡ’ውን ብመገዲ Aula።",
        "ንመንእሰያትን ንዓበይትን ዘለዉ ዕድላት ትምህርቲ ክትጠቕስ ትኽእል ኢኻ፣ ንኣብነት SU ከምኡ’ውን ትምህርቲ ቋንቋ ደንማርክ "
        "(danskuddannelse) ኣብ ማእከል ቋንቋ (sprogcenter)።",
    ],
    "GLOSSARY.m03-dagtilbud.term": "ክንክን ቆልዑ (dagtilbud)",
    "GLOSSARY.m03-dagtilbud.explanation": (
        "ንሓላዪት ቆልዑ (dagpleje)፣ ቤት ክንክን ህጻናት (vuggestue) ከምኡ’ውን መዋእለ ህጻናት (børnehave) ዝጠቓልል ሓባራዊ "
        "ቃል፦ ወለዲ ኣብ ዝሰርሕሉ ወይ ኣብ ዝመሃሩሉ እዋን፣ ዝሰልጠኑ ዓበይቲ ንናእሽቱ ቆልዑ ብመዓልቲ ዝሕልዉሎም ቦታታት። "
        "ሓላፍነት ናይ ምምሕዳር (kommune) እዩ፣ ወለዲ ከኣ ገለ ክፋል ናይቲ ዋጋ ይኸፍሉ።"
    ),
    "GLOSSARY.m03-undervisningspligt.term": "ግዴታዊ ትምህርቲ (undervisningspligt)",
    "GLOSSARY.m03-undervisningspligt.explanation": (
        "ኣብ ደንማርክ ዘለዉ ኩሎም ቆልዑ ን10 ዓመት ትምህርቲ ክወስዱ ኣለዎም፣ 6 ዓመት ካብ ዝመልኡሉ ዓመት ወርሒ ነሓሰ ጀሚሮም። "
        "እዚ ግዴታ ምምሃር እዩ እምበር ናብ ሓደ ፍሉይ ቤት ትምህርቲ ናይ ምኻድ ግዴታ ኣይኮነን፦ ወለዲ ህዝባዊ ቤት ትምህርቲ "
        "(folkeskole)፣ ናጻ ቤት ትምህርቲ (friskole)፣ ብሕታዊ ቤት ትምህርቲ ወይ ኣብ ገዛ ምምሃር ክመርጹ ይኽእሉ፣ ነዚ ኣብ ገዛ "
        "ዝወሃብ ትምህርቲ ከኣ ምምሕዳር (kommune) ይከታተሎ።"
    ),
    "GLOSSARY.m03-ungdomsuddannelse.term": "ትምህርቲ መንእሰያት (ungdomsuddannelse)",
    "GLOSSARY.m03-ungdomsuddannelse.explanation": (
        "መንእሰያት ድሕሪ ህዝባዊ ቤት ትምህርቲ (folkeskole) ዝወስድዎ ትምህርቲ። ካልኣይ ደረጃ ትምህርቲ (gymnasial uddannelse፣ "
        "ንኣብነት stx፣ hhx፣ htx ወይ hf) ወይ ሞያዊ ትምህርቲ (eud) ክኸውን ይኽእል፣ ኣብቲ ሞያዊ ትምህርቲ ሓደ ሞያ ትመሃር። "
        "ናብ ስራሕ ወይ ናብ ዝቐጸለ ትምህርቲ የብጽሕ።"
    ),
    "GLOSSARY.m03-danskuddannelse.term": "ትምህርቲ ቋንቋ ደንማርክ (danskuddannelse)",
    "GLOSSARY.m03-danskuddannelse.explanation": (
        "ንዓበይቲ ወጻእተኛታት ዝወሃብ ትምህርቲ ቋንቋ ደንማርክ፣ ኣብ ማእከል ቋንቋ (sprogcenter) ይካየድ። ሰለስተ ትምህርትታት "
        "ቋንቋ ደንማርክ ኣለዉ (Danskuddannelse 1፣ 2 ከምኡ’ውን 3)። ምስቲ ክንደይ ቤት ትምህርቲ ዝተማሃርካን ሓድሽ ቋንቋ "
        "ክንደይ ቀልጢፍካ ከም እትመሃርን ይሰማምዑ። Danskuddannelse 1 ከምኡ’ውን 2 ሽዱሽተ ሞጁላት ኣለዉዎም፣ "
        "Danskuddannelse 3 ከኣ ሓሙሽተ ሞጁላትን ተወሳኺ ሞጁል 6ን ኣለዎ። ነፍሲ ወከፍ ትምህርቲ ቋንቋ ደንማርክ ብፈተና ቋንቋ "
        "ደንማርክ (Prøve i Dansk) ይዛዘም።"
    ),
    "RESOURCES.m03-aula.name": "Aula",
    "RESOURCES.m03-aula.description": (
        "ህዝባውያን ኣብያተ ትምህርቲ (folkeskoler)፣ ክበባት ድሕሪ ትምህርቲ (SFO) ከምኡ’ውን ክንክን ቆልዑ (dagtilbud) "
        "ንመልእኽትታት፣ ንካላንደርን ምስ ወለዲ ንምርኽኻብን ዝጥቀሙሉ ዲጂታላዊ መድረኽ። ኣብ መርበብ ሓበሬታ ወይ ኣብ ኣፕሊኬሽን "
        "ብMitID ትኣቱ።"
    ),
    "RESOURCES.m03-ug.name": "Uddannelsesguiden – መምርሒ ትምህርቲ (ug.dk)",
    "RESOURCES.m03-ug.description": (
        "ወግዓዊ ደንማርካዊ መምርሒ ትምህርትን ስራሕን። ኣብዚ ብዛዕባ ትምህርትታት መንእሰያት፣ ላዕለዋይ ትምህርትን ትምህርቲ "
        "ዓበይትን ከተንብብ፣ ኣብ eVejledning ከኣ ውልቃዊ ምኽሪ ክትረክብ ትኽእል ኢኻ።"
    ),
    "RESOURCES.m03-su.name": "SU – ደገፍ ትምህርቲ ካብ መንግስቲ (su.dk)",
    "RESOURCES.m03-su.description": (
        "ብዛዕባ SU ዝሕብር ወግዓዊ መርበብ ሓበሬታ። ኣብዚ ደንብታት ከተንብብ፣ ክንደይ ክትረክብ ከም እትኽእል ክትሕስብን ብMitID ንSU ከተመልክትን ትኽእል ኢኻ።"
    ),
}
