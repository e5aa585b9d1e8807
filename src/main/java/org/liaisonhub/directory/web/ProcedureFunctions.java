package org.liaisonhub.directory.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.liaisonhub.platform.IsoCodes;

/** What the procedure pages show in expressions: language names in the page's language, in the sheet's order. */
@Named
@ApplicationScoped
public class ProcedureFunctions {

    /** {@code sv} in English as "Swedish"; null as "". */
    public String languageName(String code, Locale locale) {
        return code == null ? "" : IsoCodes.languageName(code, locale);
    }

    /** {@code [sv, en]} in English as "Swedish, English"; an empty list as "". */
    public String languageNames(List<String> codes, Locale locale) {
        return codes == null
                ? ""
                : codes.stream().map(c -> IsoCodes.languageName(c, locale)).collect(Collectors.joining(", "));
    }
}
