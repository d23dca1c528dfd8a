package org.genobay.accounts;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.genobay.errors.ConflictException;
import org.genobay.errors.InvalidInputException;
import org.genobay.errors.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds institutions and accounts. Passwords are stored only as hashes. */
@Service
@Transactional
public class Accounts {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** The country of an institution created without one: the platform serves a network of hospitals in China. */
    public static final String DEFAULT_COUNTRY = "CN";

    private final InstitutionRepository institutions;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Accounts(InstitutionRepository institutions, AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.institutions = institutions;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * An institution as others see it; {@code country} is its ISO 3166-1 alpha-2 code, which decides whether data
     * released to it leaves the country (human genetic resource rules).
     */
    public record InstitutionView(long id, String code, String name, String country) {}

    /** An account as an administrator sees it: never its password hash. */
    public record AccountView(
            long id, String username, String displayName, InstitutionView institution, List<Role> roles) {}

    public InstitutionView createInstitution(String code, String name) {
        return createInstitution(code, name, DEFAULT_COUNTRY);
    }

    public InstitutionView createInstitution(String code, String name, String country) {
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new InvalidInputException(
                    "country", "country '" + country + "' must be an ISO 3166-1 alpha-2 code such as CN or DE");
        }
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    "code", "institution code '" + code + "' must be 2 to 32 upper-case letters, digits, '_' or '-'");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("name", "institution name must be 1 to 200 characters");
        }
        if (institutions.findByCode(code).isPresent()) {
            throw new ConflictException("duplicate", "an institution with code " + code + " exists already");
        }
        return view(institutions.save(new Institution(code, name.strip(), country, clock.instant())));
    }

    @Transactional(readOnly = true)
    public Optional<InstitutionView> institutionByCode(String code) {
        return institutions.findByCode(code).map(Accounts::view);
    }

    @Transactional(readOnly = true)
    public Optional<InstitutionView> institution(long id) {
        return institutions.findById(id).map(Accounts::view);
    }

    @Transactional(readOnly = true)
    public List<InstitutionView> institutions() {
        return institutions.findAll().stream()
                .map(Accounts::view)
                .sorted(Comparator.comparing(InstitutionView::code))
                .toList();
    }

    public CurrentUser createAccount(NewAccount account) {
        Institution institution = institutions
                .findById(account.institutionId())
                .orElseThrow(() -> new NotFoundException("institution", account.institutionId()));
        if (accounts.existsByUsername(account.username())) {
            throw new ConflictException("duplicate", "the username " + account.username() + " is taken");
        }
        Account saved = accounts.save(new Account(
                account.username(),
                account.displayName().strip(),
                passwords.encode(account.password()),
                institution.id(),
                account.roles(),
                clock.instant()));
        return user(saved, institution);
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> user(String username) {
        return accounts.findByUsername(username)
                .map(a -> user(a, institutions.findById(a.institutionId()).orElseThrow()));
    }

    @Transactional(readOnly = true)
    public List<AccountView> accounts() {
        return accounts.findAll().stream()
                .map(this::view)
                .sorted(Comparator.comparing(AccountView::username))
                .toList();
    }

    @Transactional(readOnly = true)
    public AccountView account(long id) {
        return accounts.findById(id).map(this::view).orElseThrow(() -> new NotFoundException("account", id));
    }

    @Transactional(readOnly = true)
    boolean anyAdministrator() {
        return accounts.anyAdministrator();
    }

    @Transactional(readOnly = true)
    Optional<AccountDetails> details(String username) {
        return accounts.findByUsername(username)
                .map(a -> new AccountDetails(
                        user(a, institutions.findById(a.institutionId()).orElseThrow()),
                        a.passwordHash(),
                        a.enabled()));
    }

    private static CurrentUser user(Account account, Institution institution) {
        return new CurrentUser(
                account.id(),
                account.username(),
                account.displayName(),
                institution.id(),
                institution.name(),
                account.roles());
    }

    private AccountView view(Account a) {
        return new AccountView(
                a.id(),
                a.username(),
                a.displayName(),
                view(institutions.findById(a.institutionId()).orElseThrow()),
                a.roles().stream().sorted().toList());
    }

    private static InstitutionView view(Institution institution) {
        return new InstitutionView(institution.id(), institution.code(), institution.name(), institution.country());
    }
}
