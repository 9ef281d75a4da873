package dev.marquee.platform.domain.model.setting;

import java.util.Optional;

/** Stores the platform's named values. */
public interface PlatformSettingRepository {

    Optional<String> get(String name);

    void put(String name, String value);

    void remove(String name);
}
