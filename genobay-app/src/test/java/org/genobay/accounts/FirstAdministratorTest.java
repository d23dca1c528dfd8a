package org.genobay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    private final Accounts accounts = mock(Accounts.class);
    private final Accounts.InstitutionView institution =
            new Accounts.InstitutionView(1, "GENOBAY", "Genobay platform", "CN");

    @Test
    void without_a_configured_password_one_is_generated_and_printed_once(CapturedOutput output) {
        when(accounts.institutionByCode("GENOBAY")).thenReturn(Optional.of(institution));

        run(Optional.empty());

        ArgumentCaptor<NewAccount> created = ArgumentCaptor.forClass(NewAccount.class);
        verify(accounts).createAccount(created.capture());
        assertThat(created.getValue().roles()).isEqualTo(Set.of(Role.ADMINISTRATOR));
        assertThat(created.getValue().password()).hasSize(20);
        assertThat(output).containsOnlyOnce(created.getValue().password());
    }

    @Test
    void a_configured_password_is_used_and_never_printed(CapturedOutput output) {
        when(accounts.institutionByCode("GENOBAY")).thenReturn(Optional.empty());
        when(accounts.createInstitution("GENOBAY", "Genobay platform")).thenReturn(institution);

        run(Optional.of("from-the-environment"));

        ArgumentCaptor<NewAccount> created = ArgumentCaptor.forClass(NewAccount.class);
        verify(accounts).createAccount(created.capture());
        assertThat(created.getValue().password()).isEqualTo("from-the-environment");
        assertThat(output).doesNotContain("from-the-environment");
    }

    @Test
    void nothing_is_created_once_an_administrator_exists() {
        when(accounts.anyAdministrator()).thenReturn(true);

        run(Optional.empty());

        verify(accounts, never()).createAccount(any());
    }

    private void run(Optional<String> password) {
        new FirstAdministrator(accounts, new AdminProperties("admin", password, "GENOBAY", "Genobay platform"))
                .run(new DefaultApplicationArguments());
    }
}
