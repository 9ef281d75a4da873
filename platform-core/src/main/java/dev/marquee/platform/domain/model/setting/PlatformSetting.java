package dev.marquee.platform.domain.model.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One named value the platform keeps about itself. */
@Entity
@Table(name = "platform_setting")
public class PlatformSetting {

    @Id
    @Column(name = "setting_name", length = 100)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 2000)
    private String value;

    protected PlatformSetting() {
    }

    public PlatformSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public void set(String newValue) {
        this.value = newValue;
    }
}
