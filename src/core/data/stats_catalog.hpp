#pragma once
// What the converter writes besides the figures: the twelve specialties in the order the
// app lists them, the 29-2000 group, the wage years and the metrics. The BLS titles are
// not here; they are copied from the national file.
#include <array>
#include <string_view>
#include <utility>

namespace medmap::data::catalog {

struct SpecialtyEntry {
    std::string_view slug;
    std::string_view soc;
    std::string_view name;          // display name
    std::string_view article_name;  // what the career-guide article calls it
    std::string_view note;
};

inline constexpr std::array<SpecialtyEntry, 12> kSpecialties{{
    {"cardiovascular", "29-2031", "Cardiovascular technologists and technicians", "cardiovascular technologists", ""},
    {"emt", "29-2041", "EMTs and paramedics", "EMTs and paramedics", ""},
    {"surgical", "29-2055", "Surgical technologists", "surgical technologists", ""},
    {"radiologic", "29-2034", "Radiologic technologists", "radiologic technologists", ""},
    {"sonography", "29-2032", "Diagnostic medical sonographers", "sonographers", ""},
    {"mri", "29-2035", "MRI technologists", "MRI technologists", ""},
    {"lab-technician", "29-2012", "Medical and clinical lab technicians", "lab technicians", ""},
    {"lab-technologist", "29-2011", "Medical and clinical lab technologists", "lab technologists", ""},
    {"dental-hygiene", "29-2021", "Dental hygienists", "dental hygienists", ""},
    {"pharmacy", "29-2052", "Pharmacy technicians", "pharmacy technicians", ""},
    {"veterinary", "29-2056", "Veterinary technologists and technicians", "veterinary technicians", ""},
    {"other-health", "29-2099", "Other health technicians (incl. dialysis)", "dialysis technicians",
     "BLS counts dialysis technicians in 29-2099 Health Technologists and Technicians, All Other; "
     "the figures cover that whole group, not dialysis technicians alone."},
}};

// Names short enough for a narrow side panel that still tell every specialty apart
// ("Lab technicians", "Lab technologists"), by slug, in kSpecialties' order.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kShortNames{{
    {"cardiovascular", "Cardiovascular techs"},
    {"emt", "EMTs and paramedics"},
    {"surgical", "Surgical techs"},
    {"radiologic", "Radiologic techs"},
    {"sonography", "Sonographers"},
    {"mri", "MRI technologists"},
    {"lab-technician", "Lab technicians"},
    {"lab-technologist", "Lab technologists"},
    {"dental-hygiene", "Dental hygienists"},
    {"pharmacy", "Pharmacy techs"},
    {"veterinary", "Veterinary techs"},
    {"other-health", "Other incl. dialysis"},
}};

// The short name of a specialty; empty for a slug the catalog does not know.
constexpr std::string_view short_name(std::string_view slug) {
    for (const auto& [s, name] : kShortNames)
        if (s == slug) return name;
    return {};
}

inline constexpr SpecialtyEntry kAllHealthTechnicians{
    "health-technicians", "29-2000", "Health technologists and technicians (all)", "health technicians",
    "The BLS minor group 29-2000, which contains the twelve specialties and others. BLS publishes it for "
    "the nation only, so there are no state figures, and there is no projection for it."};

// The specialty crosswalk: which occupation code supplies a specialty's figures in an
// edition that does not use the specialty's own 2010 SOC code. SOC 2018 (BLS OEWS from
// May 2019, Employment Projections from 2018-2028) merged, renumbered or split some of
// them; see the PROVENANCE.md of ../shared/data-sources/bls-oews-national-official.
// An importer tries the specialty's own code first, then these in order; the first code
// the file has supplies the figures, and the stats file records it with the note.
enum class Coverage {
    Same,      // the same workers under another code: shown under the specialty, code named
    Combined,  // more workers: shown with a visible note naming the combined occupation
};

struct CrosswalkEntry {
    std::string_view slug;  // the specialty
    std::string_view soc;   // the code that stands in for the specialty's own
    Coverage coverage;
    std::string_view note;
};

inline constexpr std::array<CrosswalkEntry, 5> kCrosswalk{{
    {"lab-technician", "29-2010", Coverage::Combined,
     "SOC 2018 combines lab technicians (29-2012) with lab technologists (29-2011) in 29-2010 Clinical "
     "Laboratory Technologists and Technicians: this figure covers both occupations."},
    {"lab-technologist", "29-2010", Coverage::Combined,
     "SOC 2018 combines lab technologists (29-2011) with lab technicians (29-2012) in 29-2010 Clinical "
     "Laboratory Technologists and Technicians: this figure covers both occupations."},
    {"dental-hygiene", "29-1292", Coverage::Same, "SOC 2018 renumbered Dental Hygienists from 29-2021 to 29-1292."},
    {"emt", "29-2040", Coverage::Same,
     "SOC 2018 renumbered EMTs and paramedics from 29-2041 to 29-2040 (from May 2021 BLS also publishes "
     "29-2042 Emergency Medical Technicians and 29-2043 Paramedics separately); 29-2040 covers both."},
    {"other-health", "29-2098", Coverage::Combined,
     "In May 2019 and May 2020 BLS published 29-2099 within 29-2098, which also counts medical dosimetrists "
     "and medical records specialists: this figure covers all three."},
    // 29-2099 itself comes back from May 2021: the specialty's own code, which is tried first.
}};

inline constexpr std::array<int, 4> kWageYears{2012, 2013, 2014, 2015};
// The article's wages match the May 2014 national file exactly (see the OES PROVENANCE.md).
inline constexpr int kDefaultWageYear = 2014;
inline constexpr std::string_view kProjectionPeriod = "2012-2022";

struct MetricEntry {
    std::string_view slug;
    std::string_view name;
    std::string_view unit;
    std::string_view period;  // "{year}" stands for the chosen wage year
    std::string_view source;
    std::string_view note;
    std::string_view short_name;  // where room is tight (the window's side panel): "adj. median wage"
};

inline constexpr std::array<MetricEntry, 5> kMetrics{{
    {"median-wage", "Median annual wage", "USD", "May {year}", "oes", "", "median wage"},
    {"mean-wage", "Mean annual wage", "USD", "May {year}", "oes", "", "mean wage"},
    {"employment", "Employment", "jobs", "May {year}", "oes",
     "Same May reference year as the wages. State figures exist only for May 2014 and May 2015; "
     "national figures for all four years.",
     "employment"},
    {"growth", "Projected job growth", "percent", "2012\u20132022", "projections",
     "Percent change in employment from 2012 to 2022.", "job growth"},
    {"openings", "Annual job openings", "jobs per year", "2012\u20132022", "projections",
     "Average annual job openings over 2012\u20132022.", "openings"},
}};

// Metrics the stats file does not list: derived when it is loaded from two published
// numbers (the wage and the BEA all-items price level of the same state and year), so
// the importer never writes them. Present when the file has price levels.
inline constexpr std::string_view kAdjustedWageNote =
    "Derived, not published: the wage x 100 / the BEA all-items regional price parity (US = 100) of the same "
    "state and year, computed when the stats are loaded. BEA's price levels compare states within a year; "
    "they do not measure inflation between years.";

inline constexpr std::array<MetricEntry, 2> kDerivedMetrics{{
    {"adjusted-median-wage", "Median annual wage, adjusted for local prices (BEA RPP, US = 100)", "USD",
     "May {year}", "oes", kAdjustedWageNote, "adj. median wage"},
    {"adjusted-mean-wage", "Mean annual wage, adjusted for local prices (BEA RPP, US = 100)", "USD", "May {year}",
     "oes", kAdjustedWageNote, "adj. mean wage"},
}};

}  // namespace medmap::data::catalog
