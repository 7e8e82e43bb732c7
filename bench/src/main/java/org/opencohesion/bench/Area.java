package org.opencohesion.bench;

/**
 * One row of {@code areas.csv}.
 *
 * @param nameCy the Welsh name, or {@code null}
 * @param parent the containing area's code, or {@code null} for a country
 */
public record Area(String code, String name, String nameCy, String level, String parent) {
    public static final String COUNTRY = "country";
    public static final String LOCAL_AUTHORITY = "local-authority";
    public static final String WARD = "ward";
}
