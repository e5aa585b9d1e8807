package org.liaisonhub.testing;

import java.util.List;
import org.liaisonhub.security.AccessRule;
import org.liaisonhub.security.web.PageAccess;
import org.liaisonhub.security.web.PageAccess.Match;
import org.liaisonhub.security.web.PageAccess.PageRule;

/**
 * The address of Arquillian's test runner servlet, which in-container test deployments bring along: without a row
 * the page access filter refuses it like any unknown address. Only {@link LiaisonDeployments#applicationWith}
 * registers this row; the WAR users get has none.
 */
public final class TestRunnerPageRow implements PageAccess.ContributedRows {

    @Override
    public List<PageRule> rows() {
        return List.of(new PageRule("/ArquillianServletRunnerEE9", Match.EXACT, AccessRule.EVERYONE));
    }
}
