package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.setting.PlatformSetting;
import dev.marquee.platform.domain.model.setting.PlatformSettingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaPlatformSettingRepository implements PlatformSettingRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Optional<String> get(String name) {
        return Optional.ofNullable(em.find(PlatformSetting.class, name)).map(PlatformSetting::value);
    }

    @Override
    public void put(String name, String value) {
        PlatformSetting setting = em.find(PlatformSetting.class, name);
        if (setting == null) {
            em.persist(new PlatformSetting(name, value));
        } else {
            setting.set(value);
        }
    }

    @Override
    public void remove(String name) {
        PlatformSetting setting = em.find(PlatformSetting.class, name);
        if (setting != null) {
            em.remove(setting);
        }
    }
}
