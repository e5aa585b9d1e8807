package org.liaisonhub.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonhub.resources.application.ResourceDetails;

/** A network's members are the authorities that name it by its name or its acronym. */
class NetworkMembersViewTest {

    @Test
    void aNetworkIsNamedByItsNameAndAcronym_andNoResourceHasNoMembers() {
        ResourceDetails globe = new ResourceDetails(
                "globe",
                "Global Operational Network",
                "GlobE",
                "NETWORK",
                null,
                null,
                "MEMBERS",
                null,
                List.of(),
                "PUBLIC",
                null);
        assertThat(NetworkMembersView.names(globe)).containsExactly("Global Operational Network", "GlobE");
        assertThat(new NetworkMembersView().of(null)).isEmpty();
    }
}
