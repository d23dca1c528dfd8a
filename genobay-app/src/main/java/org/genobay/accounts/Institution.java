package org.genobay.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private String country;
    private Instant createdAt;

    protected Institution() {}

    Institution(String code, String name, String country, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.country = country;
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String country() {
        return country;
    }
}
