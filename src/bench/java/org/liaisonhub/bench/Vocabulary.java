package org.liaisonhub.bench;

import java.util.List;
import java.util.Map;

/**
 * Words, names and sentences of the synthetic catalogue in the nine languages Liaison's entries come in (en, fr,
 * es, pt, de, sv, ru, ar, zh). Real institution names and phrases of the field, so analyzers see real scripts,
 * diacritics and compounds; the generator combines them into entries of realistic length.
 */
final class Vocabulary {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt", "de", "sv", "ru", "ar", "zh");

    /** The language an authority of a country names itself in (English where none of the others is used). */
    static String languageOf(String country) {
        return switch (country) {
            case "FR",
                    "BE",
                    "LU",
                    "MC",
                    "CH",
                    "SN",
                    "CI",
                    "ML",
                    "BF",
                    "NE",
                    "TG",
                    "BJ",
                    "CM",
                    "GA",
                    "CG",
                    "CD",
                    "MG",
                    "HT",
                    "TN",
                    "DZ",
                    "MA" -> "fr";
            case "ES",
                    "MX",
                    "AR",
                    "CO",
                    "PE",
                    "CL",
                    "VE",
                    "EC",
                    "GT",
                    "CU",
                    "BO",
                    "DO",
                    "HN",
                    "PY",
                    "SV",
                    "NI",
                    "CR",
                    "PA",
                    "UY" -> "es";
            case "PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL" -> "pt";
            case "DE", "AT", "LI" -> "de";
            case "SE", "AX" -> "sv";
            case "RU", "BY", "KZ", "KG" -> "ru";
            case "SA", "AE", "EG", "JO", "LB", "IQ", "KW", "QA", "BH", "OM", "YE", "LY", "SD", "SY", "PS", "MR" -> "ar";
            case "CN", "TW", "HK", "MO", "SG" -> "zh";
            default -> "en";
        };
    }

    /** Authority names by language, each with the kind it is. */
    static final Map<String, List<String[]>> AUTHORITIES = Map.of(
            "en",
                    List.of(
                            new String[] {"Office of the Director of Public Prosecutions", "PROSECUTION"},
                            new String[] {"Serious Fraud Office", "PROSECUTION"},
                            new String[] {"National Anti-Corruption Commission", "ANTI_CORRUPTION_AGENCY"},
                            new String[] {"Financial Intelligence Unit", "FIU"},
                            new String[] {"Central Authority for Mutual Legal Assistance", "CENTRAL_AUTHORITY"},
                            new String[] {"Asset Recovery Office", "ASSET_RECOVERY_OFFICE"},
                            new String[] {"National Crime Agency, International Corruption Unit", "POLICE"},
                            new String[] {"Ministry of Justice, International Cooperation Department", "MINISTRY"},
                            new String[] {"High Court, Judicial Cooperation Registry", "JUDICIARY"}),
            "fr",
                    List.of(
                            new String[] {"Parquet national financier", "PROSECUTION"},
                            new String[] {
                                "Office central de lutte contre la corruption et les infractions financières et fiscales",
                                "POLICE"
                            },
                            new String[] {"Cellule de traitement du renseignement financier", "FIU"},
                            new String[] {"Bureau de l'entraide pénale internationale", "CENTRAL_AUTHORITY"},
                            new String[] {
                                "Agence de gestion et de recouvrement des avoirs saisis et confisqués",
                                "ASSET_RECOVERY_OFFICE"
                            },
                            new String[] {"Agence française anticorruption", "ANTI_CORRUPTION_AGENCY"},
                            new String[] {
                                "Ministère de la Justice, Direction des affaires criminelles et des grâces", "MINISTRY"
                            }),
            "es",
                    List.of(
                            new String[] {
                                "Fiscalía Especial contra la Corrupción y la Criminalidad Organizada", "PROSECUTION"
                            },
                            new String[] {"Ministerio Público Fiscal", "PROSECUTION"},
                            new String[] {"Unidad de Inteligencia Financiera", "FIU"},
                            new String[] {"Oficina de Recuperación y Gestión de Activos", "ASSET_RECOVERY_OFFICE"},
                            new String[] {"Autoridad Central de Cooperación Jurídica Internacional", "CENTRAL_AUTHORITY"
                            },
                            new String[] {"Oficina Anticorrupción", "ANTI_CORRUPTION_AGENCY"},
                            new String[] {"Dirección de Investigación Criminal, Policía Judicial", "POLICE"}),
            "pt",
                    List.of(
                            new String[] {"Ministério Público Federal", "PROSECUTION"},
                            new String[] {"Procuradoria-Geral da República", "PROSECUTION"},
                            new String[] {"Unidade de Informação Financeira", "FIU"},
                            new String[] {"Gabinete de Recuperação de Ativos", "ASSET_RECOVERY_OFFICE"},
                            new String[] {
                                "Departamento de Recuperação de Ativos e Cooperação Jurídica Internacional",
                                "CENTRAL_AUTHORITY"
                            },
                            new String[] {"Polícia Judiciária, Unidade Nacional de Combate à Corrupção", "POLICE"}),
            "de",
                    List.of(
                            new String[] {"Generalstaatsanwaltschaft", "PROSECUTION"},
                            new String[] {"Schwerpunktstaatsanwaltschaft für Wirtschaftsstrafsachen", "PROSECUTION"},
                            new String[] {"Zentralstelle für Finanztransaktionsuntersuchungen", "FIU"},
                            new String[] {"Bundesamt für Justiz, Internationale Rechtshilfe", "CENTRAL_AUTHORITY"},
                            new String[] {"Bundeskriminalamt, Vermögensabschöpfung", "ASSET_RECOVERY_OFFICE"},
                            new String[] {
                                "Bundesamt zur Korruptionsprävention und Korruptionsbekämpfung",
                                "ANTI_CORRUPTION_AGENCY"
                            }),
            "sv",
                    List.of(
                            new String[] {"Åklagarmyndigheten, Riksenheten mot korruption", "PROSECUTION"},
                            new String[] {"Ekobrottsmyndigheten", "PROSECUTION"},
                            new String[] {"Finanspolisen", "FIU"},
                            new String[] {
                                "Justitiedepartementet, Centralmyndigheten för internationellt rättsligt samarbete",
                                "CENTRAL_AUTHORITY"
                            },
                            new String[] {"Polismyndigheten, Nationella operativa avdelningen", "POLICE"},
                            new String[] {"Kronofogdemyndigheten, Brottsutbyteskontoret", "ASSET_RECOVERY_OFFICE"}),
            "ru",
                    List.of(
                            new String[] {"Генеральная прокуратура", "PROSECUTION"},
                            new String[] {"Следственный комитет", "POLICE"},
                            new String[] {"Федеральная служба по финансовому мониторингу", "FIU"},
                            new String[] {
                                "Министерство юстиции, Департамент международного сотрудничества", "CENTRAL_AUTHORITY"
                            },
                            new String[] {"Управление по противодействию коррупции", "ANTI_CORRUPTION_AGENCY"}),
            "ar",
                    List.of(
                            new String[] {"النيابة العامة", "PROSECUTION"},
                            new String[] {"هيئة الرقابة ومكافحة الفساد", "ANTI_CORRUPTION_AGENCY"},
                            new String[] {"وحدة التحريات المالية", "FIU"},
                            new String[] {"وزارة العدل، إدارة التعاون الدولي", "CENTRAL_AUTHORITY"},
                            new String[] {"مكتب استرداد الأصول", "ASSET_RECOVERY_OFFICE"}),
            "zh",
                    List.of(
                            new String[] {"最高人民检察院", "PROSECUTION"},
                            new String[] {"国家监察委员会", "ANTI_CORRUPTION_AGENCY"},
                            new String[] {"中国反洗钱监测分析中心", "FIU"},
                            new String[] {"司法部国际合作局", "CENTRAL_AUTHORITY"},
                            new String[] {"公安部经济犯罪侦查局", "POLICE"},
                            new String[] {"廉政公署", "ANTI_CORRUPTION_AGENCY"}));

    /** English names of the same kinds, for the {@code name} column of non-English authorities. */
    static final Map<String, String> ENGLISH_KIND_NAMES = Map.of(
            "PROSECUTION", "Public Prosecution Service",
            "POLICE", "Police Anti-Corruption Directorate",
            "FIU", "Financial Intelligence Unit",
            "CENTRAL_AUTHORITY", "Central Authority for Mutual Legal Assistance",
            "ASSET_RECOVERY_OFFICE", "Asset Recovery Office",
            "ANTI_CORRUPTION_AGENCY", "Anti-Corruption Agency",
            "MINISTRY", "Ministry of Justice",
            "JUDICIARY", "Supreme Court");

    static final Map<String, List<String>> CITIES = Map.of(
            "en",
                    List.of(
                            "London",
                            "Nairobi",
                            "Lagos",
                            "Manila",
                            "Canberra",
                            "Ottawa",
                            "Dublin",
                            "Accra",
                            "Kampala",
                            "Mumbai"),
            "fr", List.of("Paris", "Orléans", "Besançon", "Genève", "Québec", "Montréal", "Dakar", "Liège", "Nîmes"),
            "es", List.of("Madrid", "Córdoba", "Bogotá", "Málaga", "León", "Asunción", "Mérida", "Cádiz", "Medellín"),
            "pt", List.of("São Paulo", "Brasília", "Belém", "Luanda", "Maputo", "Goiânia", "Porto", "Praia", "Vitória"),
            "de",
                    List.of(
                            "München",
                            "Köln",
                            "Düsseldorf",
                            "Zürich",
                            "Nürnberg",
                            "Saarbrücken",
                            "Lübeck",
                            "Wien",
                            "Graz"),
            "sv", List.of("Göteborg", "Malmö", "Umeå", "Örebro", "Linköping", "Västerås", "Jönköping", "Norrköping"),
            "ru", List.of("Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "Минск", "Алматы"),
            "ar", List.of("الرياض", "القاهرة", "عمّان", "بيروت", "الدوحة", "دبي", "تونس", "الرباط"),
            "zh", List.of("北京", "上海", "广州", "深圳", "香港", "台北", "成都", "武汉"));

    static final Map<String, List<String>> FIRST_NAMES = Map.of(
            "en", List.of("James", "Mary", "Grace", "Samuel", "Aisha", "David", "Fiona", "Kwame", "Priya", "Liam"),
            "fr", List.of("François", "Hélène", "Jérôme", "Cécile", "Amélie", "Gaël", "Noël", "Léa", "Théo"),
            "es", List.of("José", "María", "Sofía", "Andrés", "Inés", "Raúl", "Lucía", "Martín", "Begoña"),
            "pt", List.of("João", "Conceição", "Sebastião", "Luís", "Márcia", "Antônio", "Inês", "Gonçalo"),
            "de", List.of("Jürgen", "Bärbel", "Jörg", "Günther", "Käthe", "Uwe", "Sören", "Anja", "Björn"),
            "sv", List.of("Björn", "Åsa", "Göran", "Märta", "Sören", "Linnéa", "Håkan", "Ingrid", "Örjan"),
            "ru", List.of("Иван", "Ольга", "Сергей", "Наталья", "Дмитрий", "Елена", "Алексей", "Татьяна"),
            "ar", List.of("محمد", "فاطمة", "أحمد", "مريم", "علي", "ليلى", "يوسف", "نور"),
            "zh", List.of("伟", "芳", "娜", "敏", "静", "强", "磊", "洋"));

    static final Map<String, List<String>> LAST_NAMES = Map.of(
            "en", List.of("Smith", "Okafor", "Mensah", "O'Brien", "Patel", "Nguyen", "Williams", "Mwangi", "Reyes"),
            "fr", List.of("Lefèvre", "Bélanger", "Dupré", "Fontaine", "Mercier", "Gauthier", "Lemaître", "Ndiaye"),
            "es", List.of("Muñoz", "Núñez", "García", "Ibáñez", "Pérez", "Gómez", "Martínez", "Sánchez", "Peña"),
            "pt", List.of("Gonçalves", "Conceição", "Magalhães", "Araújo", "Simões", "Brandão", "Falcão", "Lobão"),
            "de", List.of("Müller", "Schäfer", "Weiß", "Köhler", "Schröder", "Groß", "Böhm", "Krüger", "Hoffmann"),
            "sv", List.of("Åström", "Söderberg", "Lindqvist", "Björklund", "Ekström", "Håkansson", "Nordström"),
            "ru", List.of("Иванов", "Петрова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев"),
            "ar", List.of("العلي", "الحسن", "منصور", "الخطيب", "حداد", "السعيد", "عبد الله"),
            "zh", List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵"));

    static final Map<String, List<String>> ROLES = Map.of(
            "en",
                    List.of(
                            "Head of International Cooperation",
                            "Liaison prosecutor",
                            "EJN contact point",
                            "GlobE Network focal point",
                            "CARIN contact point",
                            "Senior investigator, asset tracing",
                            "Duty officer for urgent mutual legal assistance requests"),
            "fr",
                    List.of(
                            "Chef du bureau de l'entraide pénale",
                            "Magistrat de liaison",
                            "Point de contact du RJE",
                            "Référent recouvrement des avoirs",
                            "Enquêteur spécialisé en corruption internationale"),
            "es",
                    List.of(
                            "Fiscal de enlace",
                            "Punto de contacto de IberRed",
                            "Jefe de Cooperación Internacional",
                            "Investigador de recuperación de activos"),
            "pt",
                    List.of(
                            "Procurador de ligação",
                            "Ponto de contacto da Rede Judiciária Europeia",
                            "Coordenador de cooperação internacional",
                            "Perito em recuperação de ativos"),
            "de",
                    List.of(
                            "Kontaktstelle für internationale Rechtshilfe",
                            "Verbindungsstaatsanwalt",
                            "Leiter der Vermögensabschöpfung",
                            "Sachbearbeiter Korruptionsdelikte"),
            "sv",
                    List.of(
                            "Kontaktpunkt för internationellt samarbete",
                            "Sambandsåklagare",
                            "Handläggare för rättslig hjälp",
                            "Finansutredare"),
            "ru",
                    List.of(
                            "Контактное лицо по международному сотрудничеству",
                            "Прокурор по связям",
                            "Начальник отдела по возврату активов"),
            "ar", List.of("ضابط اتصال للتعاون الدولي", "مدعٍ عام للاتصال", "رئيس قسم استرداد الأصول"),
            "zh", List.of("国际合作联络员", "司法协助联络检察官", "资产追回部门负责人"));

    /** Sentences of descriptions, practices and answers; English dominates, as in the real material. */
    static final Map<String, List<String>> SENTENCES = Map.of(
            "en",
                    List.of(
                            "Receives and executes requests for mutual legal assistance in criminal matters, including bank records and witness hearings.",
                            "Handles extradition requests and surrender procedures under bilateral treaties and the UN Convention against Corruption.",
                            "Coordinates the tracing, freezing, confiscation and return of the proceeds of corruption.",
                            "Acts as the national contact point for informal cooperation before a formal request is sent.",
                            "Spontaneous information may be shared with counterparts through secure channels.",
                            "Requests should be sent in English or in the official language, with a translation of the key documents.",
                            "Joint investigation teams have been set up with several States to investigate foreign bribery.",
                            "The unit uses a case management system and a secure exchange platform for electronic evidence.",
                            "Urgent requests can be announced by telephone and confirmed in writing within 24 hours.",
                            "Lack of resources and translation delays remain the main obstacles to timely cooperation.",
                            "Videoconference hearings of witnesses are possible on the basis of reciprocity.",
                            "The European Investigation Order is used for evidence within the European Union."),
            "fr",
                    List.of(
                            "Reçoit et exécute les demandes d'entraide judiciaire en matière pénale.",
                            "Traite les demandes d'extradition et de remise dans le cadre des conventions bilatérales.",
                            "Coordonne l'identification, le gel, la confiscation et la restitution des avoirs issus de la corruption.",
                            "Les demandes urgentes peuvent être annoncées par téléphone et confirmées par écrit.",
                            "Des équipes communes d'enquête ont été constituées avec plusieurs États."),
            "es",
                    List.of(
                            "Recibe y ejecuta solicitudes de asistencia judicial recíproca en materia penal.",
                            "Tramita solicitudes de extradición conforme a los tratados bilaterales.",
                            "Coordina la localización, el embargo, el decomiso y la restitución de activos procedentes de la corrupción.",
                            "Las solicitudes urgentes pueden anticiparse por teléfono y confirmarse por escrito."),
            "pt",
                    List.of(
                            "Recebe e executa pedidos de auxílio judiciário mútuo em matéria penal.",
                            "Trata pedidos de extradição ao abrigo de tratados bilaterais e da Convenção das Nações Unidas contra a Corrupção.",
                            "Coordena a identificação, apreensão, perda e restituição de ativos provenientes da corrupção."),
            "de",
                    List.of(
                            "Bearbeitet eingehende und ausgehende Rechtshilfeersuchen in Strafsachen.",
                            "Zuständig für Auslieferungsverfahren und die Vollstreckung Europäischer Haftbefehle.",
                            "Koordiniert die Vermögensabschöpfung und die Rückführung von Erträgen aus Korruptionsstraftaten."),
            "sv",
                    List.of(
                            "Tar emot och verkställer framställningar om internationell rättslig hjälp i brottmål.",
                            "Handlägger utlämningsärenden och europeiska arresteringsordrar.",
                            "Samordnar spårning, frysning och förverkande av vinning av korruptionsbrott."),
            "ru",
                    List.of(
                            "Принимает и исполняет запросы о взаимной правовой помощи по уголовным делам.",
                            "Рассматривает запросы о выдаче в соответствии с двусторонними договорами.",
                            "Координирует розыск, арест, конфискацию и возврат доходов от коррупции."),
            "ar",
                    List.of(
                            "تتلقى طلبات المساعدة القانونية المتبادلة في المسائل الجنائية وتنفذها.",
                            "تعالج طلبات تسليم المجرمين وفقاً للاتفاقيات الثنائية واتفاقية الأمم المتحدة لمكافحة الفساد.",
                            "تنسق تعقب عائدات الفساد وتجميدها ومصادرتها وإعادتها."),
            "zh",
                    List.of(
                            "接收并执行刑事司法协助请求。",
                            "根据双边条约和《联合国反腐败公约》办理引渡请求。",
                            "协调追查、冻结、没收和返还腐败所得资产。",
                            "紧急请求可先通过电话通知，随后书面确认。"));

    static final List<String> NETWORKS = List.of(
            "EJN",
            "GlobE Network",
            "CARIN",
            "Eurojust",
            "INTERPOL I-24/7",
            "Europol SIENA",
            "Egmont Group",
            "StAR Global Focal Point Network",
            "IberRed",
            "ARIN-AP",
            "SAFJP",
            "OECD WGB");

    static final List<String[]> RESOURCES = List.of(
            new String[] {
                "Global Operational Network of Anti-Corruption Law Enforcement Authorities", "GlobE", "NETWORK"
            },
            new String[] {"European Judicial Network Atlas", "EJN Atlas", "TOOL"},
            new String[] {"Camden Asset Recovery Inter-Agency Network", "CARIN", "NETWORK"},
            new String[] {"Secure Information Exchange Network Application", "SIENA", "SECURE_CHANNEL"},
            new String[] {"Egmont Secure Web", "ESW", "SECURE_CHANNEL"},
            new String[] {"Mutual Legal Assistance Request Writer Tool", "MLA Tool", "TOOL"},
            new String[] {"Stolen Asset Recovery Initiative database of asset recovery cases", "StAR", "DATABASE"},
            new String[] {"Tools and Resources for Anti-Corruption Knowledge", "TRACK", "WEBSITE"},
            new String[] {"Guide to mutual legal assistance and extradition", "MLA Guide", "GUIDANCE"});

    static final List<String> PRACTICE_TITLES_EN = List.of(
            "Electronic transmission of mutual legal assistance requests",
            "Videoconference hearings in extradition proceedings",
            "Case management system for incoming and outgoing requests",
            "Secure exchange of electronic evidence with foreign counterparts",
            "Machine translation of requests under human review",
            "Informal consultations before a formal request",
            "Asset recovery through non-conviction based confiscation");

    private Vocabulary() {}
}
