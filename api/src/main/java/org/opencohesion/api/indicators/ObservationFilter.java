package org.opencohesion.api.indicators;

import java.time.LocalDate;
import org.opencohesion.api.model.AreaLevel;

/**
 * What an observations request selects, already validated.
 *
 * @param area      an area code: that area and every area inside it, or {@code null}
 * @param level     only areas at this level, or {@code null}
 * @param periodUri only this period (its reference.data.gov.uk URI), or {@code null}
 * @param from      only periods starting on or after this date, or {@code null}
 * @param to        only periods ending on or before this date, or {@code null}
 */
record ObservationFilter(String area, AreaLevel level, String periodUri, LocalDate from, LocalDate to) {}
