#include "statuslength.h"

#include "uax29rules.h"

#include <QList>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <unicode/ubrk.h>
#include <unicode/uidna.h>

#include <algorithm>
#include <memory>

// Mastodon's StatusLengthValidator, written as a straight translation of the Ruby it runs
// (app/validators/status_length_validator.rb, app/lib/extractor.rb, Account::MENTION_RE,
// config/initializers/twitter_regex.rb over twitter-text 3.1's regex.rb and tld_lib.yml),
// scanned the way String#scan does. The app's counter (app/compose) is written another way
// on purpose: the tests check that the two agree.
namespace StatusLength {

namespace {

// twitter-text's TLDS['generic'] and TLDS['country'], in tld_lib.yml's order.
const char16_t genericTlds[] =
    u"삼성|닷컴|닷넷|香格里拉|餐厅|食品|飞利浦|電訊盈科|集团|通販|购物|谷歌|诺基亚|联通|网络|网站|"
    u"网店|网址|组织机构|移动|珠宝|点看|游戏|淡马锡|机构|書籍|"
    u"时尚|新闻|政府|政务|招聘|手表|手机|我爱你|慈善|微博|广东|工行|家電|娱乐|天主教|大拿|大众汽车|"
    u"在线|嘉里大酒店|嘉里|商标|商店|商城|公益|公司|八卦|健康|"
    u"信息|佛山|企业|中文网|中信|世界|ポイント|ファッション|セール|ストア|コム|グーグル|クラウド|"
    u"みんな|คอม|संगठन|नेट|कॉम|همراه|موقع|"
    u"موبايلي|كوم|كاثوليك|عرب|شبكة|بيتك|بازار|العليان|ارامكو|اتصالات|ابوظبي|קום|сайт|рус|орг|"
    u"онлайн|москва|ком|католик|дети|zuerich|zone|zippo|zip|zero|zara|zappos|yun|youtube|you|"
    u"yokohama|yoga|yodobashi|yandex|yamaxun|yahoo|yachts|xyz|xxx|xperia|xin|xihuan|xfinity|"
    u"xerox|xbox|wtf|wtc|wow|world|works|work|woodside|wolterskluwer|wme|winners|wine|windows|"
    u"win|williamhill|wiki|wien|whoswho|weir|weibo|wedding|wed|website|weber|webcam|"
    u"weatherchannel|weather|watches|watch|warman|wanggou|wang|walter|walmart|wales|vuelos|"
    u"voyage|voto|voting|vote|volvo|volkswagen|vodka|vlaanderen|vivo|viva|vistaprint|vista|"
    u"vision|visa|virgin|vip|vin|villas|viking|vig|video|viajes|vet|versicherung|"
    u"vermögensberatung|vermögensberater|verisign|ventures|vegas|vanguard|vana|vacations|ups|"
    u"uol|uno|university|unicom|uconnect|ubs|ubank|tvs|tushu|tunes|tui|tube|trv|trust|"
    u"travelersinsurance|travelers|travelchannel|travel|training|trading|trade|toys|toyota|"
    u"town|tours|total|toshiba|toray|top|tools|tokyo|today|tmall|tkmaxx|tjx|tjmaxx|tirol|"
    u"tires|tips|tiffany|tienda|tickets|tiaa|theatre|theater|thd|teva|tennis|temasek|"
    u"telefonica|telecity|tel|technology|tech|team|tdk|tci|taxi|tax|tattoo|tatar|tatamotors|"
    u"target|taobao|talk|taipei|tab|systems|symantec|sydney|swiss|swiftcover|swatch|suzuki|"
    u"surgery|surf|support|supply|supplies|sucks|style|study|studio|stream|store|storage|"
    u"stockholm|stcgroup|stc|statoil|statefarm|statebank|starhub|star|staples|stada|srt|srl|"
    u"spreadbetting|spot|sport|spiegel|space|soy|sony|song|solutions|solar|sohu|software|"
    u"softbank|social|soccer|sncf|smile|smart|sling|skype|sky|skin|ski|site|singles|sina|silk|"
    u"shriram|showtime|show|shouji|shopping|shop|shoes|shiksha|shia|shell|shaw|sharp|"
    u"shangrila|sfr|sexy|sex|sew|seven|ses|services|sener|select|seek|security|secure|seat|"
    u"search|scot|scor|scjohnson|science|schwarz|schule|school|scholarships|schmidt|"
    u"schaeffler|scb|sca|sbs|sbi|saxo|save|sas|sarl|sapo|sap|sanofi|sandvikcoromant|sandvik|"
    u"samsung|samsclub|salon|sale|sakura|safety|safe|saarland|ryukyu|rwe|run|ruhr|rugby|rsvp|"
    u"room|rogers|rodeo|rocks|rocher|rmit|rip|rio|ril|rightathome|ricoh|richardli|rich|"
    u"rexroth|reviews|review|restaurant|rest|republican|report|repair|rentals|rent|ren|"
    u"reliance|reit|reisen|reise|rehab|redumbrella|redstone|red|recipes|realty|realtor|"
    u"realestate|read|raid|radio|racing|qvc|quest|quebec|qpon|pwc|pub|prudential|pru|"
    u"protection|property|properties|promo|progressive|prof|productions|prod|pro|prime|press|"
    u"praxi|pramerica|post|porn|politie|poker|pohl|pnc|plus|plumbing|playstation|play|place|"
    u"pizza|pioneer|pink|ping|pin|pid|pictures|pictet|pics|piaget|physio|photos|photography|"
    u"photo|phone|philips|phd|pharmacy|pfizer|pet|pccw|pay|passagens|party|parts|partners|"
    u"pars|paris|panerai|panasonic|pamperedchef|page|ovh|ott|otsuka|osaka|origins|"
    u"orientexpress|organic|org|orange|oracle|open|ooo|onyourside|online|onl|ong|one|omega|"
    u"ollo|oldnavy|olayangroup|olayan|okinawa|office|off|observer|obi|nyc|ntt|nrw|nra|nowtv|"
    u"nowruz|now|norton|northwesternmutual|nokia|nissay|nissan|ninja|nikon|nike|nico|nhk|ngo|"
    u"nfl|nexus|nextdirect|next|news|newholland|new|neustar|network|netflix|netbank|net|nec|"
    u"nba|navy|natura|nationwide|name|nagoya|nadex|nab|mutuelle|mutual|museum|mtr|mtpc|mtn|"
    u"msd|movistar|movie|mov|motorcycles|moto|moscow|mortgage|mormon|mopar|montblanc|monster|"
    u"money|monash|mom|moi|moe|moda|mobily|mobile|mobi|mma|mls|mlb|mitsubishi|mit|mint|mini|"
    u"mil|microsoft|miami|metlife|merckmsd|meo|menu|men|memorial|meme|melbourne|meet|media|"
    u"med|mckinsey|mcdonalds|mcd|mba|mattel|maserati|marshalls|marriott|markets|marketing|"
    u"market|map|mango|management|man|makeup|maison|maif|madrid|macys|luxury|luxe|lupin|"
    u"lundbeck|ltda|ltd|lplfinancial|lpl|love|lotto|lotte|london|lol|loft|locus|locker|loans|"
    u"loan|llc|lixil|living|live|lipsy|link|linde|lincoln|limo|limited|lilly|like|lighting|"
    u"lifestyle|lifeinsurance|life|lidl|liaison|lgbt|lexus|lego|legal|lefrak|leclerc|lease|"
    u"lds|lawyer|law|latrobe|latino|lat|lasalle|lanxess|landrover|land|lancome|lancia|"
    u"lancaster|lamer|lamborghini|ladbrokes|lacaixa|kyoto|kuokgroup|kred|krd|kpn|kpmg|kosher|"
    u"komatsu|koeln|kiwi|kitchen|kindle|kinder|kim|kia|kfh|kerryproperties|kerrylogistics|"
    u"kerryhotels|kddi|kaufen|juniper|juegos|jprs|jpmorgan|joy|jot|joburg|jobs|jnj|jmp|jll|"
    u"jlc|jio|jewelry|jetzt|jeep|jcp|jcb|java|jaguar|iwc|iveco|itv|itau|istanbul|ist|ismaili|"
    u"iselect|irish|ipiranga|investments|intuit|international|intel|int|insure|insurance|"
    u"institute|ink|ing|info|infiniti|industries|inc|immobilien|immo|imdb|imamat|ikano|iinet|"
    u"ifm|ieee|icu|ice|icbc|ibm|hyundai|hyatt|hughes|htc|hsbc|how|house|hotmail|hotels|"
    u"hoteles|hot|hosting|host|hospital|horse|honeywell|honda|homesense|homes|homegoods|"
    u"homedepot|holiday|holdings|hockey|hkt|hiv|hitachi|hisamitsu|hiphop|hgtv|hermes|here|"
    u"helsinki|help|healthcare|health|hdfcbank|hdfc|hbo|haus|hangout|hamburg|hair|guru|"
    u"guitars|guide|guge|gucci|guardian|group|grocery|gripe|green|gratis|graphics|grainger|"
    u"gov|got|gop|google|goog|goodyear|goodhands|goo|golf|goldpoint|gold|godaddy|gmx|gmo|gmbh|"
    u"gmail|globo|global|gle|glass|glade|giving|gives|gifts|gift|ggee|george|genting|gent|gea|"
    u"gdn|gbiz|garden|gap|games|game|gallup|gallo|gallery|gal|fyi|futbol|furniture|fund|fun|"
    u"fujixerox|fujitsu|ftr|frontier|frontdoor|frogans|frl|fresenius|free|fox|foundation|"
    u"forum|forsale|forex|ford|football|foodnetwork|food|foo|fly|flsmidth|flowers|florist|"
    u"flir|flights|flickr|fitness|fit|fishing|fish|firmdale|firestone|fire|financial|finance|"
    u"final|film|fido|fidelity|fiat|ferrero|ferrari|feedback|fedex|fast|fashion|farmers|farm|"
    u"fans|fan|family|faith|fairwinds|fail|fage|extraspace|express|exposed|expert|exchange|"
    u"everbank|events|eus|eurovision|etisalat|esurance|estate|esq|erni|ericsson|equipment|"
    u"epson|epost|enterprises|engineering|engineer|energy|emerck|email|education|edu|edeka|"
    u"eco|eat|earth|dvr|dvag|durban|dupont|duns|dunlop|duck|dubai|dtv|drive|download|dot|"
    u"doosan|domains|doha|dog|dodge|doctor|docs|dnp|diy|dish|discover|discount|directory|"
    u"direct|digital|diet|diamonds|dhl|dev|design|desi|dentist|dental|democrat|delta|deloitte|"
    u"dell|delivery|degree|deals|dealer|deal|dds|dclk|day|datsun|dating|date|data|dance|dad|"
    u"dabur|cyou|cymru|cuisinella|csc|cruises|cruise|crs|crown|cricket|creditunion|creditcard|"
    u"credit|courses|coupons|coupon|country|corsica|coop|cool|cookingchannel|cooking|"
    u"contractors|contact|consulting|construction|condos|comsec|computer|compare|company|"
    u"community|commbank|comcast|com|cologne|college|coffee|codes|coach|clubmed|club|cloud|"
    u"clothing|clinique|clinic|click|cleaning|claims|cityeats|city|citic|citi|citadel|cisco|"
    u"circle|cipriani|church|chrysler|chrome|christmas|chloe|chintai|cheap|chat|chase|charity|"
    u"channel|chanel|cfd|cfa|cern|ceo|center|ceb|cbs|cbre|cbn|cba|catholic|catering|cat|"
    u"casino|cash|caseih|case|casa|cartier|cars|careers|career|care|cards|caravan|car|"
    u"capitalone|capital|capetown|canon|cancerresearch|camp|camera|cam|calvinklein|call|cal|"
    u"cafe|cab|bzh|buzz|buy|business|builders|build|bugatti|budapest|brussels|brother|broker|"
    u"broadway|bridgestone|bradesco|box|boutique|bot|boston|bostik|bosch|boots|booking|book|"
    u"boo|bond|bom|bofa|boehringer|boats|bnpparibas|bnl|bmw|bms|blue|bloomberg|blog|"
    u"blockbuster|blanco|blackfriday|black|biz|bio|bingo|bing|bike|bid|bible|bharti|bet|"
    u"bestbuy|best|berlin|bentley|beer|beauty|beats|bcn|bcg|bbva|bbt|bbc|bayern|bauhaus|"
    u"basketball|baseball|bargains|barefoot|barclays|barclaycard|barcelona|bar|bank|band|"
    u"bananarepublic|banamex|baidu|baby|azure|axa|aws|avianca|autos|auto|author|auspost|audio|"
    u"audible|audi|auction|attorney|athleta|associates|asia|asda|arte|art|arpa|army|archi|"
    u"aramco|arab|aquarelle|apple|app|apartments|aol|anz|anquan|android|analytics|amsterdam|"
    u"amica|amfam|amex|americanfamily|americanexpress|alstom|alsace|ally|allstate|allfinanz|"
    u"alipay|alibaba|alfaromeo|akdn|airtel|airforce|airbus|aigo|aig|agency|agakhan|africa|afl|"
    u"afamilycompany|aetna|aero|aeg|adult|ads|adac|actor|active|aco|accountants|accountant|"
    u"accenture|academy|abudhabi|abogado|able|abc|abbvie|abbott|abb|abarth|aarp|aaa|onion";
const char16_t countryTlds[] =
    u"한국|香港|澳門|新加坡|台灣|台湾|中國|中国|გე|ไทย|ලංකා|ഭാരതം|ಭಾರತ|భారత్|சிங்கப்பூர்|இலங்கை|இந்தியா|"
    u"ଭାରତ|"
    u"ભારત|ਭਾਰਤ|ভাৰত|ভারত|বাংলা|भारोत|भारतम्|भारत|ڀارت|پاکستان|موريتانيا|مليسيا|مصر|قطر|"
    u"فلسطين|عمان|عراق|سورية|سودان|تونس|بھارت|بارت|ایران|امارات|المغرب|السعودية|الجزائر|"
    u"الاردن|հայ|қаз|укр|срб|рф|мон|мкд|ею|бел|бг|ελ|zw|zm|za|yt|ye|ws|wf|vu|vn|vi|vg|ve|vc|"
    u"va|uz|uy|us|um|uk|ug|ua|tz|tw|tv|tt|tr|tp|to|tn|tm|tl|tk|tj|th|tg|tf|td|tc|sz|sy|sx|sv|"
    u"su|st|ss|sr|so|sn|sm|sl|sk|sj|si|sh|sg|se|sd|sc|sb|sa|rw|ru|rs|ro|re|qa|py|pw|pt|ps|pr|"
    u"pn|pm|pl|pk|ph|pg|pf|pe|pa|om|nz|nu|nr|np|no|nl|ni|ng|nf|ne|nc|na|mz|my|mx|mw|mv|mu|mt|"
    u"ms|mr|mq|mp|mo|mn|mm|ml|mk|mh|mg|mf|me|md|mc|ma|ly|lv|lu|lt|ls|lr|lk|li|lc|lb|la|kz|ky|"
    u"kw|kr|kp|kn|km|ki|kh|kg|ke|jp|jo|jm|je|it|is|ir|iq|io|in|im|il|ie|id|hu|ht|hr|hn|hm|hk|"
    u"gy|gw|gu|gt|gs|gr|gq|gp|gn|gm|gl|gi|gh|gg|gf|ge|gd|gb|ga|fr|fo|fm|fk|fj|fi|eu|et|es|er|"
    u"eh|eg|ee|ec|dz|do|dm|dk|dj|de|cz|cy|cx|cw|cv|cu|cr|co|cn|cm|cl|ck|ci|ch|cg|cf|cd|cc|ca|"
    u"bz|by|bw|bv|bt|bs|br|bq|bo|bn|bm|bl|bj|bi|bh|bg|bf|be|bd|bb|ba|az|ax|aw|au|at|as|ar|aq|"
    u"ao|an|am|al|ai|ag|af|ae|ad|ac";

QString alternatives(const char16_t *list)
{
    return QString::fromUtf16(list);
}

// Regex[:valid_url] as Mastodon redefines it, with every piece twitter-text puts in it.
const QRegularExpression &validUrl()
{
    static const QRegularExpression pattern = [] {
        const QString directional =
            QStringLiteral("\\x{061C}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}");
        const QString invalid = QStringLiteral("\\x{FFFE}\\x{FEFF}\\x{FFFF}");
        const QString unicodeSpaces =
            QStringLiteral("\\x{9}-\\x{D}\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}"
                           "\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}");
        const QString punctuation = QStringLiteral("!\"#$%&'()*+,\\-./:;<=>?@\\[\\]\\^_`{|}~");
        const QString latinAccents = QStringLiteral(
            "\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{FF}\\x{100}-\\x{24F}\\x{253}"
            "\\x{254}\\x{256}\\x{257}\\x{259}\\x{25B}\\x{263}\\x{268}\\x{26F}\\x{272}"
            "\\x{289}\\x{28B}\\x{2BB}\\x{300}-\\x{36F}\\x{1E00}-\\x{1EFF}");
        const QString uchars = QStringLiteral(
            "\\x{A0}-\\x{D7FF}\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFEF}\\x{10000}-\\x{1FFFD}"
            "\\x{20000}-\\x{2FFFD}\\x{30000}-\\x{3FFFD}\\x{40000}-\\x{4FFFD}"
            "\\x{50000}-\\x{5FFFD}\\x{60000}-\\x{6FFFD}\\x{70000}-\\x{7FFFD}"
            "\\x{80000}-\\x{8FFFD}\\x{90000}-\\x{9FFFD}\\x{A0000}-\\x{AFFFD}"
            "\\x{B0000}-\\x{BFFFD}\\x{C0000}-\\x{CFFFD}\\x{D0000}-\\x{DFFFD}"
            "\\x{E1000}-\\x{EFFFD}\\x{E000}-\\x{F8FF}\\x{F0000}-\\x{FFFFD}"
            "\\x{100000}-\\x{10FFFD}");

        const QString precedingChars = QStringLiteral("(?:[^A-Z0-9@\\x{FF20}$#\\x{FF03}") +
                                       invalid + QStringLiteral("]|[") + directional +
                                       QStringLiteral("]|^)");
        const QString domainChar =
            QStringLiteral("[^") + directional + punctuation +
            QStringLiteral("\\x{20}\\t\\n\\x{B}\\f\\r\\x{0}-\\x{1F}\\x{7F}") + invalid +
            unicodeSpaces + QStringLiteral("]");
        const QString subdomain = QStringLiteral("(?:(?:") + domainChar +
                                  QStringLiteral("(?:[_-]|") + domainChar + QStringLiteral(")*)?") +
                                  domainChar + QStringLiteral("\\.)");
        const QString domainName = QStringLiteral("(?:(?:") + domainChar +
                                   QStringLiteral("(?:[-]|") + domainChar + QStringLiteral(")*)?") +
                                   domainChar + QStringLiteral("\\.)");
        const QString tldEnd = QStringLiteral("(?=[^0-9a-z@+-]|$)");
        const QString domain =
            QStringLiteral("(?:") + subdomain + QStringLiteral("*") + domainName +
            QStringLiteral("(?:(?:(?:") + alternatives(genericTlds) + QStringLiteral(")") + tldEnd +
            QStringLiteral(")|(?:(?:") + alternatives(countryTlds) + QStringLiteral(")") + tldEnd +
            QStringLiteral(")|(?:xn--[0-9a-z]+)))");

        const QString generalPath = QStringLiteral("[^\\p{White_Space}<>()?]");
        const QString parens = QStringLiteral("\\((?:") + generalPath + QStringLiteral("+|(?:") +
                               generalPath + QStringLiteral("*\\(") + generalPath +
                               QStringLiteral("+\\)") + generalPath + QStringLiteral("*))\\)");
        // Mastodon's initializer redefines the path ending while Regex still holds
        // twitter-text's own parentheses (with its own path characters), so that is what
        // the ending embeds.
        const QString oldGeneralPath =
            QStringLiteral("[a-z\\p{Cyrillic}0-9!\\*';:=\\+\\,\\.\\$\\/%#\\[\\]\\p{Pd}_~&\\|@") +
            latinAccents + QStringLiteral("]");
        const QString oldParens = QStringLiteral("\\((?:") + oldGeneralPath +
                                  QStringLiteral("+|(?:") + oldGeneralPath +
                                  QStringLiteral("*\\(") + oldGeneralPath + QStringLiteral("+\\)") +
                                  oldGeneralPath + QStringLiteral("*))\\)");
        const QString pathEnding =
            QStringLiteral("[^\\p{White_Space}()?!*\"'\\x{300C}\\x{300D}<>;:=,.$%\\[\\]~&|@]|(?:") +
            oldParens + QStringLiteral(")");
        const QString path = QStringLiteral("(?:(?:") + generalPath + QStringLiteral("*(?:") +
                             parens + generalPath + QStringLiteral("*)*(?:") + pathEnding +
                             QStringLiteral("))|(?:") + generalPath + QStringLiteral("+/))");
        const QString queryChars = QStringLiteral("[a-z0-9!?*'();:&=+$/%#\\[\\]\\-_.,~|@\\^") +
                                   uchars + QStringLiteral("]");
        const QString queryEnding =
            QStringLiteral("[a-z0-9_&=#/\\-") + uchars + QStringLiteral("]");

        return QRegularExpression(
            QStringLiteral("(") + precedingChars +
                QStringLiteral(")(((?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini)://)?(") +
                domain + QStringLiteral(")(?::([0-9]+))?(/") + path + QStringLiteral("*)?(\\?") +
                queryChars + QStringLiteral("*") + queryEnding + QStringLiteral(")?)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    }();
    return pattern;
}

struct Entity
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString replacement;
};

// twitter-text's is_valid_domain: IDN::Idna.toASCII (libidn, IDNA 2003: nameprep with
// Unicode 3.2, unassigned code points refused, labels of 1 to 63) must succeed, and the URL
// with its host so encoded must not pass 4096 characters. ICU still carries an IDNA 2003
// implementation with the same options; it is deprecated only because IDNA 2003 is.
bool isValidDomain(const QString &url, const QString &domain)
{
    QVarLengthArray<UChar, 256> ascii(qMax<qsizetype>(256, domain.size() * 8 + 8));
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    const int32_t length =
        uidna_IDNToASCII(reinterpret_cast<const UChar *>(domain.utf16()), int32_t(domain.size()),
                         ascii.data(), int32_t(ascii.size()), UIDNA_DEFAULT, &parseError, &status);
#pragma GCC diagnostic pop
    if (U_FAILURE(status))
        return false;
    const qsizetype original = domain.toUcs4().size();
    return url.toUcs4().size() + qMax<qsizetype>(0, length - original) <= 4096;
}

QList<Entity> urls(const QString &text, int urlWeight)
{
    QList<Entity> found;
    if (!text.contains(QLatin1Char(':')))
        return found;
    static const QRegularExpression tco(QStringLiteral("^https?:\\/\\/t\\.co\\/([a-z0-9]+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    auto matches = validUrl().globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        if (match.captured(3).isEmpty())
            continue; // extract_url_without_protocol: false
        QString url = match.captured(2);
        const qsizetype start = match.capturedStart(2);
        const auto shortLink = tco.match(url);
        if (shortLink.hasMatch()) {
            if (shortLink.capturedLength(1) > 40)
                continue;
            url = shortLink.captured(0);
        }
        if (!isValidDomain(url, match.captured(4)))
            continue;
        found.append({start, start + url.size(), QString(urlWeight, QLatin1Char('x'))});
    }
    return found;
}

QList<Entity> mentions(const QString &text)
{
    QList<Entity> found;
    if (!text.contains(QLatin1Char('@')) && !text.contains(QChar(0xFF20)))
        return found;
    // Ruby's [[:word:]] (Onigmo's definition): Alphabetic, marks, decimal digits and
    // connector punctuation.
    static const QRegularExpression mention(QStringLiteral(
        "(?<![=/\\p{Alpha}\\p{M}\\p{Nd}\\p{Pc}])@(((?i)[a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)"
        "(?:@[\\p{Alpha}\\p{M}\\p{Nd}\\p{Pc}]+(?:[.-]+[\\p{Alpha}\\p{M}\\p{Nd}\\p{Pc}]+)*)?"
        ")"));
    static const QRegularExpression endMention(QStringLiteral(
        "\\A(?:[@\\x{FF20}]|[\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{24F}\\x{253}\\x{254}"
        "\\x{256}\\x{257}\\x{259}\\x{25B}\\x{263}\\x{268}\\x{26F}\\x{272}\\x{289}"
        "\\x{28B}\\x{2BB}\\x{300}-\\x{36F}\\x{1E00}-\\x{1EFF}]+|:\\/\\/)"));
    auto matches = mention.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        if (endMention.match(text.mid(match.capturedEnd())).hasMatch())
            continue;
        const QStringList parts = match.captured(1).split(QLatin1Char('@'));
        if (parts.size() > 1 && parts.at(1).toUcs4().size() > 253)
            continue; // Extractor::MAX_DOMAIN_LENGTH
        found.append(
            {match.capturedStart(1) - 1, match.capturedEnd(1), QLatin1Char('@') + parts.first()});
    }
    return found;
}

// Ruby's String#strip: NUL and ASCII white space at both ends.
QString rubyStrip(const QString &text)
{
    static const QRegularExpression ends(
        QStringLiteral("\\A[\\x{0}\\t\\n\\x{B}\\f\\r ]+|[\\x{0}\\t\\n\\x{B}\\f\\r ]+\\z"));
    return QString(text).remove(ends);
}

QString countableText(const QString &text, int urlWeight)
{
    static const QRegularExpression blank(QStringLiteral("\\A\\p{White_Space}*\\z"));
    if (blank.match(text).hasMatch())
        return {};
    QList<Entity> entities = urls(text, urlWeight) + mentions(text);
    std::stable_sort(entities.begin(), entities.end(),
                     [](const Entity &a, const Entity &b) { return a.start < b.start; });
    QString result;
    qsizetype index = 0;
    const Entity *previous = nullptr;
    for (const Entity &entity : std::as_const(entities)) {
        if (previous && previous->end > entity.start)
            continue; // remove_overlapping_entities
        previous = &entity;
        result += text.mid(index, entity.start - index) + entity.replacement;
        index = entity.end;
    }
    return result + text.mid(index);
}

} // namespace

int graphemes(const QString &text)
{
    if (text.isEmpty())
        return 0;
    // The sandbox answers one request at a time, on one thread.
    static const std::unique_ptr<UBreakIterator, decltype(&ubrk_close)> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parseError;
        UBreakIterator *opened =
            ubrk_openRules(reinterpret_cast<const UChar *>(Uax29Rules::graphemeClusters), -1,
                           nullptr, 0, &parseError, &status);
        if (U_FAILURE(status))
            qFatal("grapheme rules: %s at line %d", u_errorName(status), parseError.line);
        return std::unique_ptr<UBreakIterator, decltype(&ubrk_close)>(opened, &ubrk_close);
    }();
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker.get(), reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()),
                 &status);
    int clusters = 0;
    ubrk_first(breaker.get());
    while (ubrk_next(breaker.get()) != UBRK_DONE)
        ++clusters;
    return clusters;
}

int count(const QString &text, const QString &spoilerText, int urlWeight)
{
    // The Status model strips both before validating.
    return graphemes(rubyStrip(spoilerText) + countableText(rubyStrip(text), urlWeight));
}

QList<Span> urlSpans(const QString &text)
{
    QList<Span> spans;
    const QList<Entity> found = urls(text, 0);
    for (const Entity &entity : found)
        spans.append({entity.start, entity.end});
    return spans;
}

QList<Span> mentionSpans(const QString &text)
{
    QList<Span> spans;
    const QList<Entity> found = mentions(text);
    for (const Entity &entity : found)
        spans.append({entity.start, entity.end});
    return spans;
}

} // namespace StatusLength
