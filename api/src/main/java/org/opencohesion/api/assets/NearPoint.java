package org.opencohesion.api.assets;

import org.opencohesion.api.model.Location;
import org.opencohesion.api.problem.ClientError;

/** The {@code near=lat,lon} of a distance search, and great-circle distances from it. */
record NearPoint(double latitude, double longitude) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    static NearPoint parse(String near) {
        String[] parts = near.split(",", -1);
        try {
            if (parts.length == 2) {
                double lat = Double.parseDouble(parts[0].trim());
                double lon = Double.parseDouble(parts[1].trim());
                if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
                    return new NearPoint(lat, lon);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ClientError.badRequest("near", "near must be 'latitude,longitude' in decimal degrees (WGS84), e.g. 53.046,-2.993; not '" + near + "'");
    }

    /** Haversine distance in kilometres, rounded to metres. */
    double kilometresTo(Location l) {
        double dLat = Math.toRadians(l.getLatitude() - latitude);
        double dLon = Math.toRadians(l.getLongitude() - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(l.getLatitude())) * Math.pow(Math.sin(dLon / 2), 2);
        double km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
        return Math.round(km * 1000) / 1000.0;
    }
}
