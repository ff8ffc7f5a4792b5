"""Tigrinya (ti) text of demo/content/resources.py (see demo/content/overlay.py)."""

TEXT = {
    "RESOURCES.borger-dk.name": "borger.dk",
    "RESOURCES.borger-dk.description": (
        "ሓባራዊ መርበብ ሓበሬታ ናይ ህዝባዊ ትካላት ደንማርክ። ኣብዚ ብዛዕባ መሰላትካን ግዴታታትካን ከተንብብ፣ ንሓገዝ "
        "ከተመልክት፣ ምቕያር መንበሪ ክትሕብርን Digital Post ናትካ ከተንብብን ትኽእል ኢኻ። ብMitID ትኣቱ።"
    ),
    "RESOURCES.life-in-denmark.name": "Life in Denmark – ናብራ ኣብ ደንማርክ",
    "RESOURCES.life-in-denmark.description": (
        "ብዛዕባ ናብራ ኣብ ደንማርክ ብእንግሊዝኛ ዝተጻሕፈ ወግዓዊ መምርሒ። ኣብዚ ብዛዕባ ትምህርቲ ቋንቋ ደንማርክ (danskuddannelse) "
        "ንዓበይቲ፣ ከምኡ’ውን ብዛዕባ ስራሕ፣ መንበሪ ገዛ፣ ጥዕናን ስድራ ቤትን ከተንብብ ትኽእል ኢኻ። ገና ቋንቋ ደንማርክ ከተንብብ "
        "እንተ ዘይክኢልካ ጠቓሚ እዩ።"
    ),
    "RESOURCES.jobnet.name": "Jobnet",
    "RESOURCES.jobnet.description": (
        "ህዝባዊ መርበብ ስራሕ። ኣብዚ ክፉት ስራሓት ክትደሊ፣ ታሪኽ ህይወትካ (CV) ክትጽሕፍን ስራሕ ከም ዘይብልካ ክትምዝገብን "
        "ትኽእል ኢኻ። ማእከል ስራሕ (jobcenter) እውን ብሓባር ምድላይ ስራሕካ ክትውጥኑ ከለኹም Jobnet ይጥቀም።"
    ),
    "RESOURCES.udbetaling-danmark.name": "Udbetaling Danmark",
    "RESOURCES.udbetaling-danmark.description": (
        "ንኣብነት ሓገዝ ቆልዑን መንእሰያትን (børne- og ungeydelse)፣ ክፍሊት ዕረፍቲ ወሊድ፣ ደገፍ መንበሪ ገዛ (boligstøtte) "
        "ከምኡ’ውን ሃገራዊ ጡረታ (folkepension) ዝኸፍል መንግስታዊ ትካል። ኣብ borger.dk ወይ ብተሌፎን ተመልክትን ለውጥታት "
        "ትሕብርን። ምስ ሓደ ሰብ ገጽ ንገጽ ክትዛረብ እንተ ደሊኻ፣ Borgerservice ኣብ ምምሕዳርካ (kommune) ክሕግዘካ ይኽእል።"
    ),
    "RESOURCES.sundhed-dk.name": "sundhed.dk",
    "RESOURCES.sundhed-dk.description": (
        "ህዝባዊ መርበብ ጥዕና። ብMitID መን ሓኪምካ ምዃኑ፣ ውጽኢት መርመራታትካ፣ መድሃኒትካን ኣብ ሆስፒታል ዘለካ ቆጸራታትን "
        "ክትርኢ ትኽእል ኢኻ። ቁጽሪ ተሌፎን ናይ ተረኛ ሓኪም (lægevagt) ኣብ ዞባኻ (region)’ውን ኣብዚ ትረኽብ።"
    ),
    "RESOURCES.livslinien.name": "Livslinien",
    "RESOURCES.livslinien.description": (
        "ሓሳባት ነብሰ ቕትለት እንተ ኣለካ፣ ወይ ብዛዕባ ካልእ ሰብ እንተ ተሻቒልካ፣ ስምካ ከይገለጽካ ናብ Livslinien ብ70 201 201 "
        "ደውል። ኣብ መርበብ ሓበሬታኦም’ውን ምስ ኣማኻሪ ብጽሑፍ ክትራኸብ ትኽእል ኢኻ። ህጹጽ ሓደጋ እንተሎ፣ 112 ደውል።"
    ),
    "RESOURCES.lejernes-lo.name": "Lejernes Landsorganisation (LLO) – ማሕበር ተኻረይቲ",
    "RESOURCES.lejernes-lo.description": (
        "ማሕበር ተኻረይቲ። LLO ብዛዕባ ክራይ ገዛ፣ ገንዘብ ውሕስና (depositum)፣ ጉድለታትን ጸገማትን ኣብ ገዛ፣ ከምኡ’ውን "
        "ብዛዕባ ምልቃቕ ገዛ ምኽሪ ይህብ። ኣብ ጉዳይካ ሓገዝ ንምርካብ ብልሙድ ኣባል ክትከውን ኣለካ።"
    ),
    "RESOURCES.taenk-gaeldsraadgivning.name": "Forbrugerrådet Tænk – ምኽሪ ዕዳ",
    "RESOURCES.taenk-gaeldsraadgivning.description": (
        "Forbrugerrådet Tænk ርእሱ ዝኸኣለ ውድብ ተጠቀምቲ እዩ። ምኽሪ ዕዳ (gældsrådgivning) ናቶም ብነጻ እዩ። ኣማኸርቲ "
        "ዕዳኻ ብንጹር ክትርኢ፣ በጀት ከተዳሉ ከምኡ’ውን ምስቶም ገንዘብ ዘለቕሑኻ ሰባት ክትዛረብ ይሕግዙኻ።"
    ),
    "RESOURCES.advokatvagten.name": "Advokatvagten – ብነጻ ሕጋዊ ምኽሪ",
    "RESOURCES.advokatvagten.description": (
        "ኣብ ብዙሓት ቦታታት ሃገር ካብ ጠበቓታት ዝወሃብ ብነጻን ስምካ ከይገለጽካን ሕጋዊ ምኽሪ። ኣብ ሰዓታት ኣገልግሎት ትኸይድ፣ "
        "ሓጺርን ብቓልን ምኽሪ ከኣ ትረክብ። እቲ ዝቐረበካ Advokatvagt ብመገዲ ማሕበር ጠበቓታት (Advokatsamfundet) ድለ።"
    ),
    "RESOURCES.politi.name": "ፖሊስ (Politiet)",
    "RESOURCES.politi.description": (
        "ህይወት ኣብ ሓደጋ እንተሎ፣ ሓዊ እንተ ተላዒሉ ወይ ከቢድ ሓደጋ እንተ ኣጋጢሙ 112 ደውል። ህጹጽ ኣብ ዘይኮነሉ ግዜ፣ "
        "ንኣብነት ስርቂ ገዛ ክትሕብር እንተ ደሊኻ፣ ናብ ፖሊስ 114 ደውል። ኣብ politi.dk’ውን ገለ ገበናት ብኢንተርነት "
        "ክትሕብር ትኽእል ኢኻ።"
    ),
    "RESOURCES.lev-uden-vold.name": "Lev Uden Vold – ብዘይ ዓመጽ ንበር",
    "RESOURCES.lev-uden-vold.description": (
        "ብዛዕባ ዓመጽ ኣብ ቀረባ ዝምድናታት ሃገራዊ መስመር ተሌፎን፦ 1888 ደውል። መዓልትን ለይትን ክፉት እዩ፣ ብነጻ እዩ፣ ስምካ "
        "ከይገለጽካ ከኣ ትድውል። ባዕልኻ ዓመጽ እንተ በጺሑካ፣ ወይ ብዛዕባ ካልእ ሰብ እንተ ተሻቒልካ፣ ምኽሪ ክትረክብ ትኽእል "
        "ኢኻ – ብዛዕባ ማእከላት መዕቆቢ (krisecentre)’ውን።"
    ),
    "RESOURCES.frivilligjob.name": "Frivilligjob.dk",
    "RESOURCES.frivilligjob.description": (
        "ንብምሉእ ሃገር ዝሰርሕ መርበብ ሓበሬታ ወለንታዊ ስራሓት። ኣብ ከባቢኻ ዕማማት ክትደሊ ትኽእል ኢኻ፣ ንኣብነት ሓገዝ "
        "ዕዮ ገዛ፣ ስፖርት፣ ባህሊ ወይ ምብጻሕ ኣረጋውያን። እዚ መርበብ ብFrivilligcentre og Selvhjælp Danmark ይካየድ።"
    ),
    "RESOURCES.rode-kors.name": "ቀይሕ መስቀል ደንማርክ (Dansk Røde Kors)",
    "RESOURCES.rode-kors.description": (
        "ኣብ ብምሉእ ሃገር ብዙሓት ወለንተኛታት ዘለዉዎ ሰብኣዊ ውድብ። ከባቢያዊ ጨናፍሩ ንኣብነት ኣዕሩኽ በጻሕቲ፣ ሓገዝ ዕዮ ገዛ፣ "
        "ንስድራ ቤታት ንጥፈታት ምትእስሳር ከምኡ’ውን ድኳናት ዝተጠቕመሉ ኣቑሑ ኣለዉዎም። ሓገዝ ክትረክብ ትኽእል ኢኻ – "
        "ባዕልኻ’ውን ወለንተኛ ክትከውን ትኽእል ኢኻ።"
    ),
    "RESOURCES.dansk-flygtningehjaelp.name": "ባይቶ ስደተኛታት ደንማርክ (Dansk Flygtningehjælp)",
    "RESOURCES.dansk-flygtningehjaelp.description": (
        "ንስደተኛታት ዝሰርሕ ሰብኣዊ ውድብ። ኣብ ብምሉእ ሃገር ዘለዉ ወለንተኛታት ንኣብነት ካፈታት ቋንቋ፣ ሓገዝ ዕዮ ገዛ፣ "
        "ደብዳቤታት ንምርዳእ ሓገዝ ከምኡ’ውን ደገፍቲ ሰባት (netværkspersoner) የቕርቡ። እቲ ውድብ ብተወሳኺ ብዛዕባ ከም "
        "ዑቕባን ምጥርናፍ ስድራ ቤትን ዝኣመሰሉ ጉዳያት ምኽሪ ይህብ።"
    ),
    "RESOURCES.bibliotek-dk.name": "bibliotek.dk – ህዝባውያን ኣብያተ መጻሕፍቲ ደንማርክ",
    "RESOURCES.bibliotek-dk.description": (
        "ኣብ መጻሕፍቲ፣ ፊልምታትን ሙዚቃን ናይ ኩሎም ኣብያተ መጻሕፍቲ ደንማርክ ድለ፣ ናብ ከባቢያዊ ቤት መጻሕፍትካ ከኣ ኣዝዞም። "
        "ምልቃሕ ብነጻ እዩ። ከባቢያዊ ቤት መጻሕፍትካ ከምኡ’ውን ፍጻመታት፣ ጋዜጣታት፣ ኮምፒተራት፣ መብዛሕትኡ ግዜ ከኣ ኣብ "
        "ዲጂታላዊ ጉዳያት ሓገዝ ኣለዎ።"
    ),
    "RESOURCES.skat-dk.name": "ቤት ጽሕፈት ግብሪ – Skattestyrelsen (skat.dk)",
    "RESOURCES.skat-dk.description": (
        "ኣብዚ ቅድመ ግምት ግብሪ (forskudsopgørelse) ናትካ ክትርእን ከተዐርን፣ ዓመታዊ ጸብጻብ ግብሪ (årsopgørelse) ናትካ "
        "ክትርእን፣ ግብሪ ብኸመይ ከም ዝሰርሕ ከተንብብን ትኽእል ኢኻ። ብMitID እቶ። ብእንግሊዝኛ’ውን መምርሒ ኣሎ።"
    ),
    "RESOURCES.menneskeret.name": "ኢንስቲትዩት ሰብኣዊ መሰላት ደንማርክ (Institut for Menneskerettigheder)",
    "RESOURCES.menneskeret.description": (
        "ሃገራዊ ትካል ደንማርክ ንሰብኣዊ መሰላት። ኣብዚ ብዛዕባ መሰላትካን ብዛዕባ ኣንጻር ኣድልዎ ዘለዉ ደንብታትን ከተንብብ ትኽእል ኢኻ።"
    ),
    "RESOURCES.skole-og-foraeldre.name": "Skole og Forældre – ቤት ትምህርትን ወለድን",
    "RESOURCES.skole-og-foraeldre.description": (
        "ንብምሉእ ሃገር ዝሰርሕ ማሕበር ናይቶም ደቆም ኣብ ህዝባዊ ቤት ትምህርቲ (folkeskole) ዝመሃሩ ወለዲ። ብዛዕባ ምትሕብባር "
        "ገዛን ቤት ትምህርትን ምኽሪ ይህብ፣ ነቶም ኣብ ባይቶ ቤት ትምህርቲ (skolebestyrelse) ዘለዉ ወለዲ ከኣ ይድግፍ።"
    ),
    "RESOURCES.kobenhavns-biblioteker.name": "ኣብያተ መጻሕፍቲ København (Københavns Biblioteker)",
    "RESOURCES.kobenhavns-biblioteker.description": (
        "ህዝባውያን ኣብያተ መጻሕፍቲ ናይ ምምሕዳር (kommune)። ኣብዚ ብነጻ ኮምፒተራትን ኢንተርነትን ክትጥቀም፣ መጻሕፍቲ’ውን ክትልቃሕ ትኽእል ኢኻ፣ "
        "ብዘይካ ደንማርክ ብካልኦት ቋንቋታት ዝተጻሕፉ መጻሕፍቲ’ውን። ብዙሓት ካብዞም ኣብያተ መጻሕፍቲ ንኣብነት ብዛዕባ MitID፣ Digital Post "
        "ከምኡ’ውን borger.dk ሓገዝ እትረኽበሉ ቀዋሚ ሰዓታት ኣለዎም፣ ገሊኦም ድማ ቋንቋ ደንማርክ ክትለማመድ እትኽእለሉ ካፈታት ቋንቋ "
        "(sprogcaféer) ኣለዎም። ሰዓታትን ፍጻመታትን ኣብ መርበብ ሓበሬታኦም ርአ።"
    ),
    "RESOURCES.aarhus-bibliotekerne.name": "ኣብያተ መጻሕፍቲ ምምሕዳር Aarhus (Aarhus Kommunes Biblioteker)፣ ምስ Dokk1",
    "RESOURCES.aarhus-bibliotekerne.description": (
        "ህዝባውያን ኣብያተ መጻሕፍቲ ናይ ምምሕዳር (kommune)። ኣብዚ ብነጻ ኮምፒተራትን ኢንተርነትን ክትጥቀም፣ መጻሕፍቲ’ውን ክትልቃሕ ትኽእል ኢኻ፣ "
        "ብዘይካ ደንማርክ ብካልኦት ቋንቋታት ዝተጻሕፉ መጻሕፍቲ’ውን። ብዙሓት ካብዞም ኣብያተ መጻሕፍቲ ንኣብነት ብዛዕባ MitID፣ Digital Post "
        "ከምኡ’ውን borger.dk ሓገዝ እትረኽበሉ ቀዋሚ ሰዓታት ኣለዎም፣ ገሊኦም ድማ ቋንቋ ደንማርክ ክትለማመድ እትኽእለሉ ካፈታት ቋንቋ "
        "(sprogcaféer) ኣለዎም። ሰዓታትን ፍጻመታትን ኣብ መርበብ ሓበሬታኦም ርአ።"
    ),
    "RESOURCES.odense-bibliotekerne.name": "ኣብያተ መጻሕፍቲ Odense (Odense Bibliotekerne)",
    "RESOURCES.odense-bibliotekerne.description": (
        "ህዝባውያን ኣብያተ መጻሕፍቲ ናይ ምምሕዳር (kommune)። ኣብዚ ብነጻ ኮምፒተራትን ኢንተርነትን ክትጥቀም፣ መጻሕፍቲ’ውን ክትልቃሕ ትኽእል ኢኻ፣ "
        "ብዘይካ ደንማርክ ብካልኦት ቋንቋታት ዝተጻሕፉ መጻሕፍቲ’ውን። ብዙሓት ካብዞም ኣብያተ መጻሕፍቲ ንኣብነት ብዛዕባ MitID፣ Digital Post "
        "ከምኡ’ውን borger.dk ሓገዝ እትረኽበሉ ቀዋሚ ሰዓታት ኣለዎም፣ ገሊኦም ድማ ቋንቋ ደንማርክ ክትለማመድ እትኽእለሉ ካፈታት ቋንቋ "
        "(sprogcaféer) ኣለዎም። ሰዓታትን ፍጻመታትን ኣብ መርበብ ሓበሬታኦም ርአ።"
    ),
    "RESOURCES.aalborg-bibliotekerne.name": "ኣብያተ መጻሕፍቲ Aalborg (Aalborg Bibliotekerne)",
    "RESOURCES.aalborg-bibliotekerne.description": (
        "ህዝባውያን ኣብያተ መጻሕፍቲ ናይ ምምሕዳር (kommune)። ኣብዚ ብነጻ ኮምፒተራትን ኢንተርነትን ክትጥቀም፣ መጻሕፍቲ’ውን ክትልቃሕ ትኽእል ኢኻ፣ "
        "ብዘይካ ደንማርክ ብካልኦት ቋንቋታት ዝተጻሕፉ መጻሕፍቲ’ውን። ብዙሓት ካብዞም ኣብያተ መጻሕፍቲ ንኣብነት ብዛዕባ MitID፣ Digital Post "
        "ከምኡ’ውን borger.dk ሓገዝ እትረኽበሉ ቀዋሚ ሰዓታት ኣለዎም፣ ገሊኦም ድማ ቋንቋ ደንማርክ ክትለማመድ እትኽእለሉ ካፈታት ቋንቋ "
        "(sprogcaféer) ኣለዎም። ሰዓታትን ፍጻመታትን ኣብ መርበብ ሓበሬታኦም ርአ።"
    ),
    "RESOURCES.vejle-bibliotekerne.name": "ኣብያተ መጻሕፍቲ Vejle (Vejle Bibliotekerne)",
    "RESOURCES.vejle-bibliotekerne.description": (
        "ህዝባውያን ኣብያተ መጻሕፍቲ ናይ ምምሕዳር (kommune)። ኣብዚ ብነጻ ኮምፒተራትን ኢንተርነትን ክትጥቀም፣ መጻሕፍቲ’ውን ክትልቃሕ ትኽእል ኢኻ፣ "
        "ብዘይካ ደንማርክ ብካልኦት ቋንቋታት ዝተጻሕፉ መጻሕፍቲ’ውን። ብዙሓት ካብዞም ኣብያተ መጻሕፍቲ ንኣብነት ብዛዕባ MitID፣ Digital Post "
        "ከምኡ’ውን borger.dk ሓገዝ እትረኽበሉ ቀዋሚ ሰዓታት ኣለዎም፣ ገሊኦም ድማ ቋንቋ ደንማርክ ክትለማመድ እትኽእለሉ ካፈታት ቋንቋ "
        "(sprogcaféer) ኣለዎም። ሰዓታትን ፍጻመታትን ኣብ መርበብ ሓበሬታኦም ርአ።"
    ),
    "RESOURCES.kobenhavns-sprogcenter.name": "ማእከል ቋንቋ København (Københavns Sprogcenter)",
    "RESOURCES.kobenhavns-sprogcenter.description": (
        "ኣብ København ንዓበይቲ ወጻእተኛታት ትምህርቲ ቋንቋ ደንማርክ (danskuddannelse) ዝህብ ማእከል ቋንቋ (sprogcenter)። ምምሕዳር "
        "(kommune) ናብቲ ትምህርቲ ይሰደካ። ትሰርሕ እንተ ዄንካ፣ ኣብዚ ብዛዕባ ናይ ምሸት ክፍልታትን ብኢንተርነት ዝወሃቡ ክፍልታትን’ውን ክትሓትት "
        "ትኽእል ኢኻ።"
    ),
}
