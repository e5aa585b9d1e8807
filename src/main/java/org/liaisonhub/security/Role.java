package org.liaisonhub.security;

/** Application roles. Anonymous callers have none. */
public enum Role {
    MEMBER("member"),
    EDITOR("editor"),
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role name as the container knows it (Elytron, web.xml, {@code @RolesAllowed}). */
    public String roleName() {
        return roleName;
    }
}
