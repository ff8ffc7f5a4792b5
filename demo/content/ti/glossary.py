"""Tigrinya (ti) text of demo/content/glossary.py (see demo/content/overlay.py)."""

TEXT = {
    "GLOSSARY.cpr-number.term": "ቁጽሪ CPR (CPR-nummer)",
    "GLOSSARY.cpr-number.explanation": (
        "ኣብ ደንማርክ ዘለካ ውልቃዊ መለለዪ ቁጽሪ። 10 ኣሃዛት ኣለዎ፦ ዕለተ ልደትካ (6 ኣሃዛት) ከምኡ’ውን ካልእ 4 ኣሃዛት። "
        "ኣብ ምምሕዳር (kommune) ምስ ተመዝገብካ ትረኽቦ። ኣብ ሓኪም፣ ኣብ ባንክ፣ ኣብ ስራሕን ኣብ ሰበ ስልጣንን ከኣ የድልየካ።"
    ),
    "GLOSSARY.mitid.term": "MitID",
    "GLOSSARY.mitid.explanation": (
        "ኣብ ደንማርክ ዘለካ ዲጂታላዊ መለለዪ። MitID ተጠቒምካ ናብ borger.dk፣ ናብ ባንክካ ብኢንተርነት፣ ናብ sundhed.dk "
        "ከምኡ’ውን ናብ ብዙሓት ካልኦት መርበባት ሓበሬታ ትኣቱ። ኣብ ሞባይልካ ኣፕሊኬሽን ወይ ኮድ ዘርኢ ንእሽቶ መሳርሒ ክትጥቀም "
        "ትኽእል ኢኻ። MitID ናትካ ንዝኾነ ካልእ ሰብ ፈጺምካ ኣይትሃብ።"
    ),
    "GLOSSARY.borgerservice.term": "Borgerservice – ቤት ጽሕፈት ኣገልግሎት ህዝቢ",
    "GLOSSARY.borgerservice.explanation": (
        "ናይ ምምሕዳር (kommune) ቤት ጽሕፈት። ኣብኡ ንኣብነት ብዛዕባ ካርድ ጥዕና (sundhedskort)፣ ፓስፖርት፣ MitID ከምኡ’ውን "
        "Digital Post ሓገዝ ክትረክብ ትኽእል ኢኻ። ኣብ ብዙሕ ቦታታት ቅድም ቆጸራ ክትሕዝ ኣለካ። ኣብ ገለ ከተማታት Borgerservice "
        "ኣብ ቤት መጻሕፍቲ እዩ ዝርከብ።"
    ),
    "GLOSSARY.kommune.term": "ምምሕዳር (kommune)",
    "GLOSSARY.kommune.explanation": (
        "ደንማርክ ናብ 98 ምምሕዳራት ተመቓቒላ ኣላ። ምምሕዳር ኣብ መዓልታዊ ናብራኻ ብዙሕ ነገራት ይከናኸን፣ ንኣብነት ቤት ትምህርቲ፣ "
        "ክንክን ቆልዑ (dagtilbud)፣ ክንክን ኣረጋውያን፣ ማእከል ስራሕ (jobcenter) ከምኡ’ውን Borgerservice። ኣብ ነፍሲ ወከፍ "
        "ኣርባዕተ ዓመት ንባይቶ ምምሕዳር (kommunalbestyrelse) ምርጫ ይካየድ።"
    ),
    "GLOSSARY.digital-post.term": "Digital Post – ዲጂታላዊ ደብዳቤ",
    "GLOSSARY.digital-post.explanation": (
        "ካብ ህዝባዊ ትካላት ዝመጽኡ ደብዳቤታት፣ ንኣብነት ካብ ምምሕዳር (kommune)፣ ካብ ቤት ጽሕፈት ግብሪ (Skattestyrelsen) "
        "ወይ ካብ ሆስፒታል፣ ብDigital Post ይመጹ። ኣብ borger.dk፣ ኣብ e-Boks ወይ ኣብ mit.dk ከተንብቦም ትኽእል ኢኻ። "
        "Digital Post ናትካ ብተደጋጋሚ ርአ – ሓደ ደብዳቤ እንተ ዘየንበብካዮ’ውን ከም ዝተቐበልካዮ ይቑጸር።"
    ),
    "GLOSSARY.sundhedskort.term": "ካርድ ጥዕና (sundhedskort) – እቲ ብጫ ካርድ",
    "GLOSSARY.sundhedskort.explanation": (
        "ብጫ ካርድ ጥዕናኻ ስምካ፣ ቁጽሪ CPR ናትካ (CPR-nummer) ከምኡ’ውን ሓኪምካ የርኢ። ናብ ሓኪም፣ ናብ ሓኪም ስኒ፣ "
        "ናብ ፋርማሲ ወይ ናብ ሆስፒታል ክትከይድ ከለኻ ሒዝካዮ ኺድ። ኣብ ኣፕሊኬሽን Sundhedskortet’ውን ብዲጂታል ክትሕዞ "
        "ትኽእል ኢኻ።"
    ),
    "GLOSSARY.jobcenter.term": "ማእከል ስራሕ (jobcenter)",
    "GLOSSARY.jobcenter.explanation": (
        "ናይ ምምሕዳር ቤት ጽሕፈት ንጉዳያት ስራሕ። ማእከል ስራሕ ስራሕ ወይ ትምህርቲ ክትረክብ ይሕግዘካ፣ ኣብኡ ከኣ ምስ ሓላፊ "
        "ጉዳይካ (sagsbehandler) ኣኼባታት ትገብር። ስራሕ እንተ ዘይብልካ፣ ብልሙድ ኣብ jobnet.dk ክትምዝገብ ኣለካ።"
    ),
    "GLOSSARY.tolk.term": "ተርጓሚ (tolk)",
    "GLOSSARY.tolk.explanation": (
        "ንኣብነት ምስ ሓኪም ወይ ምስ ምምሕዳር (kommune) ክትዛረብ ከለኻ፣ ተርጓሚ እቲ ዝበሃል ብቓል ይትርጉም። ተርጓሚ ግዴታ "
        "ምሕላው ምስጢር (tavshedspligt) ኣለዎ፣ ገለልተኛ’ውን ክኸውን ኣለዎ። ከም ዝኽኣል ንደቅኻ ከም ተርጓሚ ኣይትጠቐመሎም።"
    ),
    "GLOSSARY.frivillig.term": "ወለንተኛ (frivillig)",
    "GLOSSARY.frivillig.explanation": (
        "ወለንተኛ ክሕግዝ ስለ ዝደሊ ብዘይ ደሞዝ ዝሰርሕ ሰብ እዩ። ንኣብነት ኣሰልጠንቲ ኣብ ክለባት ስፖርት፣ ኣብ ዕዮ ገዛ ዝሕግዙ ሰባት "
        "ከምኡ’ውን ንኣረጋውያን ዝበጽሑ ኣዕሩኽ ወለንተኛታት እዮም። ዝኾነ ሰብ ወለንተኛ ክኸውን ይኽእል።"
    ),
    "GLOSSARY.grundloven.term": "ቅዋም (Grundloven)",
    "GLOSSARY.grundloven.explanation": (
        "ቅዋም ደንማርክ፣ እቲ ዝዓበየ ኣገዳሲ ሕጊ ሃገር። ሃገር ብኸመይ ክትመሓደር ከም ዘለዋ ይገልጽ፣ ንዜጋታት ከኣ መሰረታዊ "
        "ናጽነታት ይህብ። እቲ ቀዳማይ ቅዋም ካብ 5 ሰነ 1849 እዩ፣ እቲ ሕጂ ዘሎ ድማ ካብ 1953 እዩ።"
    ),
}
