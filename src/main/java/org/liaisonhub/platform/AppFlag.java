package org.liaisonhub.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A fact the application records about its own database, e.g. that the demo data was loaded once. */
@Entity
@Table(name = "app_flag")
public class AppFlag {

    public static final String DEMO_DATA_LOADED = "demo-data-loaded";

    @Id
    @Column(name = "flag_name", length = 100)
    private String name;

    @Column(nullable = false)
    private Instant setAt;

    protected AppFlag() {
        // for JPA
    }

    public AppFlag(String name) {
        this.name = name;
        this.setAt = Instant.now();
    }

    public String getName() {
        return name;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
