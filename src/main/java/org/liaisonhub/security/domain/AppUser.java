package org.liaisonhub.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Someone who can sign in. Only a one-way hash of the password is kept (PBKDF2 with a per-user salt, in the
 * format of Jakarta Security's {@code Pbkdf2PasswordHash}).
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private Instant createdAt;

    /** Changes with the password, the roles and the enabled flag: sessions signed in with another stamp end. */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Version
    private long version;

    protected AppUser() {
        // for JPA
    }

    public AppUser(String username, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles.addAll(roles);
        this.createdAt = Instant.now();
    }

    /** A new password: every session and remembered credential of the user ends. */
    public void changePassword(String newHash) {
        passwordHash = newHash;
        securityStamp++;
    }

    /** The same password, hashed again with today's work factor: sessions stay. */
    public void rehashPassword(String newHash) {
        passwordHash = newHash;
    }

    public void grant(Set<Role> newRoles) {
        if (!roles.equals(newRoles)) {
            securityStamp++;
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void disable() {
        if (enabled) {
            securityStamp++;
        }
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
