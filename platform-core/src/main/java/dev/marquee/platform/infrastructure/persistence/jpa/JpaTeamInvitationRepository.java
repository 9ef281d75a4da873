package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.team.TeamInvitation;
import dev.marquee.platform.domain.model.team.TeamInvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTeamInvitationRepository implements TeamInvitationRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public TeamInvitation add(TeamInvitation invitation) {
        em.persist(invitation);
        return invitation;
    }

    @Override
    public Optional<TeamInvitation> find(long id) {
        return Optional.ofNullable(em.find(TeamInvitation.class, id));
    }

    @Override
    public Optional<TeamInvitation> findByTokenHash(String tokenHash) {
        return em.createQuery("select i from TeamInvitation i where i.tokenHash = :hash", TeamInvitation.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<TeamInvitation> ofEvent(long eventId) {
        return em.createQuery("select i from TeamInvitation i where i.eventId = :event order by i.createdAt desc, i.id desc",
                TeamInvitation.class).setParameter("event", eventId).getResultList();
    }

    @Override
    public void remove(TeamInvitation invitation) {
        em.remove(invitation);
    }
}
