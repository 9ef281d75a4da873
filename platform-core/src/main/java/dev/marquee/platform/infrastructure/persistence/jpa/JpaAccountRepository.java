package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.account.Account;
import dev.marquee.platform.domain.model.account.AccountRepository;
import dev.marquee.platform.domain.model.account.RoleGrant;
import dev.marquee.platform.spi.auth.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", Account.normalizeEmail(email)).getResultStream().findFirst();
    }

    @Override
    public boolean anyOrganizer() {
        return countOrganizers() > 0;
    }

    @Override
    public long countOrganizers() {
        return em.createQuery("select count(g) from RoleGrant g where g.role = :role and g.eventId is null", Long.class)
                .setParameter("role", Role.ORGANIZER).getSingleResult();
    }

    @Override
    public List<RoleGrant> grantsReaching(long eventId) {
        return em.createQuery("select g from RoleGrant g join fetch g.account a"
                        + " where g.eventId is null or g.eventId = :event order by a.email, g.id", RoleGrant.class)
                .setParameter("event", eventId).getResultList();
    }

    @Override
    public Optional<RoleGrant> findGrant(long grantId) {
        return Optional.ofNullable(em.find(RoleGrant.class, grantId));
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        return account;
    }
}
