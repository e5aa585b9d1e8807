package org.liaisonhub.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.liaisonhub.platform.web.PageMessages;
import org.liaisonhub.security.application.PasswordRule;
import org.liaisonhub.security.application.UserAdministrationException;
import org.liaisonhub.security.application.UserService;
import org.liaisonhub.security.application.UserSummary;
import org.liaisonhub.security.domain.Role;

/** {@code /admin/users.xhtml}: admins list users, create them, change roles, disable and reset passwords. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService service;

    @Inject
    transient SecurityContext security;

    @Inject
    transient FacesContext faces;

    private List<UserSummary> users = List.of();

    private String newUsername;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>(List.of("member"));

    private String selected;
    private List<String> selectedRoles = new ArrayList<>();
    private boolean selectedEnabled;
    private String resetPassword;

    @PostConstruct
    void init() {
        reload();
    }

    public void create() {
        if (attempt(() -> service.create(newUsername, newPassword, roles(newRoles)), "users.created", newUsername)) {
            newUsername = null;
            newRoles = new ArrayList<>(List.of("member"));
        }
        newPassword = null;
    }

    public void select(String username) {
        users.stream().filter(u -> u.username().equals(username)).findFirst().ifPresent(u -> {
            selected = u.username();
            selectedRoles = new ArrayList<>(u.roles());
            selectedEnabled = u.enabled();
        });
        resetPassword = null;
    }

    public void saveRoles() {
        attempt(() -> service.changeRoles(actor(), selected, roles(selectedRoles)), "users.rolesChanged", selected);
    }

    public void toggleEnabled() {
        if (attempt(
                () -> service.setEnabled(actor(), selected, !selectedEnabled),
                selectedEnabled ? "users.disabled" : "users.enabled",
                selected)) {
            selectedEnabled = !selectedEnabled;
        }
    }

    public void resetPassword() {
        attempt(() -> service.resetPassword(selected, resetPassword), "users.passwordReset", selected);
        resetPassword = null;
    }

    /** Carries out a change, reports it (or why not) as a message, and reloads the list. */
    private boolean attempt(Runnable change, String doneKey, String username) {
        try {
            change.run();
            PageMessages.of(faces).info(doneKey, String.valueOf(username));
            return true;
        } catch (UserAdministrationException e) {
            PageMessages messages = PageMessages.of(faces);
            messages.add(
                    FacesMessage.SEVERITY_ERROR,
                    messages.text("users.error." + e.reason().name()));
            return false;
        } finally {
            reload();
        }
    }

    private void reload() {
        users = service.list();
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (names != null && names.contains(role.roleName())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public List<String> getRoleNames() {
        return List.of(Role.MEMBER.roleName(), Role.EDITOR.roleName(), Role.ADMIN.roleName());
    }

    public int getMinPasswordLength() {
        return PasswordRule.MIN_LENGTH;
    }

    public List<UserSummary> getUsers() {
        return users;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public String getSelected() {
        return selected;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public boolean isSelectedEnabled() {
        return selectedEnabled;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
