package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.branding.BrandingImage;
import dev.marquee.platform.domain.model.branding.BrandingImageKind;
import dev.marquee.platform.domain.model.branding.BrandingImageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaBrandingImageRepository implements BrandingImageRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Optional<BrandingImage> find(long eventId, BrandingImageKind kind) {
        return em.createQuery("select i from BrandingImage i where i.eventId = :event and i.kind = :kind",
                        BrandingImage.class)
                .setParameter("event", eventId).setParameter("kind", kind).getResultStream().findFirst();
    }

    @Override
    public void replace(BrandingImage image) {
        remove(image.eventId(), image.kind());
        em.flush();
        em.persist(image);
    }

    @Override
    public void remove(long eventId, BrandingImageKind kind) {
        em.createQuery("delete from BrandingImage i where i.eventId = :event and i.kind = :kind")
                .setParameter("event", eventId).setParameter("kind", kind).executeUpdate();
    }
}
