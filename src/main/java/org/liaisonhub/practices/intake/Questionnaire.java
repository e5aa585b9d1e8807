package org.liaisonhub.practices.intake;

import java.util.List;
import java.util.Optional;

/**
 * The structure of a questionnaire. {@link #ICT_INTERNATIONAL_COOPERATION} is the UNODC questionnaire
 * (CU 2023/187) on good practices and challenges in using ICT for international cooperation and asset
 * recovery: sections I–V, questions 1–9 with their sub-questions.
 */
public record Questionnaire(String title, List<Question> questions, List<String> boilerplate) {

    public static final Questionnaire ICT_INTERNATIONAL_COOPERATION = new Questionnaire(
            "CU 2023/187 – Good practices and challenges in using ICT for international cooperation and asset recovery",
            List.of(
                    Question.yesNo(
                            "1",
                            "Has the Government used information and communication technologies (ICTs) "
                                    + "in the context of international cooperation for the implementation of the Convention?"),
                    new Question(
                            "1a",
                            "If yes, which ICTs has the Government used in the context of international "
                                    + "cooperation? Please choose one or more of the options below:",
                            false,
                            List.of(
                                    "Email/messaging technologies",
                                    "Videoconference platforms/services",
                                    "Word processing technologies (e.g Microsoft Word, Google Docs, Open Office, etc.)",
                                    "Publicly available websites",
                                    "Artificial intelligence",
                                    "Case management systems",
                                    "Custom-made software for management and execution of requests",
                                    "Databases (Corporation registries, Register for beneficial ownership)",
                                    "Secure data storage platforms/facilities",
                                    "Secure information exchange/communication platforms (GlobE Threema, INTERPOL I 24/7, "
                                            + "EUROPOL SIENA)",
                                    "Translation software",
                                    "Other, please specify:")),
                    Question.open(
                            "2",
                            "Please provide additional details of any ICTs that are particularly useful "
                                    + "for international cooperation based on your experience, including any websites, "
                                    + "resources or tools that you frequently use and find most useful."),
                    Question.open(
                            "3",
                            "If you are using software or have developed or use custom-made software in "
                                    + "the context of international cooperation (e.g. case management for incoming and "
                                    + "outgoing requests), please provide information on the main features of such software "
                                    + "and how it could be useful. Additionally, would you consider making your custom-made "
                                    + "software available to other States parties to the Convention?"),
                    Question.yesNo(
                            "4",
                            "Have you evaluated the effectiveness of using ICTs for international "
                                    + "cooperation in the fight against corruption?"),
                    Question.open(
                            "4a",
                            "If yes, what indicators did you use for your evaluation? What was the "
                                    + "outcome of the evaluation?"),
                    Question.open(
                            "4b",
                            "If the outcome of the evaluation was positive, how did the use of ICT "
                                    + "facilitate international cooperation? Has the use of ICTs improved the quality of "
                                    + "incoming and outgoing requests or their timely follow-up and reporting on "
                                    + "international cooperation?"),
                    Question.open(
                            "5",
                            "Please provide information (policies, measures, examples, case studies) of "
                                    + "good practices in connection with your country's use of ICTs for international "
                                    + "cooperation and asset recovery."),
                    new Question(
                            "6",
                            "Have you experienced any challenges or limitations in using ICTs in the "
                                    + "context of international cooperation related to anti-corruption efforts?",
                            true,
                            List.of(
                                    "Lack of capacity or training",
                                    "Lack of resources",
                                    "Legal obstacles to the use of ICTs for the international cooperation",
                                    "Reluctance from foreign counterparts to use ICTs",
                                    "Security and confidentiality of sensitive information (personal data protection)",
                                    "Technical obstacles (connectivity, access to stable internet connection, use of "
                                            + "outdated technologies, etc.)",
                                    "Other, please specify:")),
                    Question.open(
                            "7",
                            "Please elaborate on the responses provided to question 6. If possible, "
                                    + "please provide examples of the obstacles mentioned and describe the measures taken "
                                    + "to overcome them."),
                    Question.open(
                            "7a",
                            "What kind of ICTs would help improve your ability to cooperate with other "
                                    + "States on the fight against corruption?"),
                    Question.yesNo(
                            "8",
                            "Are any law enforcement anti-corruption authorities from your country "
                                    + "members of the Globe Network?"),
                    Question.open(
                            "8a",
                            "What online ICT services or functionality would be the most useful to your "
                                    + "practitioners on the Globe one stop hub, as a resource for international cooperation?"),
                    Question.yesNo(
                            "8b", "Has(ve) your Globe member authority(ies) registered as Globe Threema " + "user(s)?"),
                    Question.open(
                            "9",
                            "Please provide any other information you consider relevant to your "
                                    + "country's legal framework and practices in connection with establishing an effective "
                                    + "use of ICTs in the international cooperation system that was not highlighted in the "
                                    + "questions above.")),
            // Template text that is never an answer: section headings, instructions, the sub-bullets of 8b.
            List.of(
                    "I. General information on the use of information and communication technologies:",
                    "II. Evaluation and good practices",
                    "III. Challenges",
                    "IV. Online one-stop hub of the Global Operational Network of Anti-Corruption Law Enforcement "
                            + "Authorities (Globe Network)",
                    "V. Other",
                    "If yes, please indicate which of the following options are applicable",
                    "Please elaborate as necessary",
                    "If yes, does the Globe Threema address their needs for a secure communication platform?",
                    "What GlobE Threema functionality do they find the most useful for international cooperation",
                    "Are there other features that your member authority(ies) require from a secure communication "
                            + "platform?"));

    /** The question numbered {@code number} ("1a"), if the questionnaire has one. */
    public Optional<Question> question(String number) {
        return questions.stream().filter(q -> q.number().equals(number)).findFirst();
    }
}
