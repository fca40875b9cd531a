/**
 * The demo's unrelated story: an original, fictional local news report (no real city,
 * council or person), so the extension can be seen on an article that matches nothing in
 * the bundled corpus.
 */

export const OTHER_STORY = {
  title: 'Harbor City council approves Eastside tram extension after marathon session',
  byline: 'Dana Whitfield',
  date: '2025-04-09T21:40:00-04:00',
  paragraphs: [
    'HARBOR CITY — After more than six hours of public comment, the Harbor City council voted 7-2 late Wednesday to extend the Route 4 tram line through the Eastside neighborhood, ending a debate that has divided residents for nearly three years.',
    'The $212 million project will add 3.8 miles of track and six stations between Union Depot and the Marlow Street ferry terminal. Construction is expected to begin next spring, with the first trams carrying passengers in late 2028 if the schedule holds.',
    '“This is the most important transit decision this council has made in a generation,” said council member Rosa Quintero, who represents much of the Eastside and has championed the extension since her election. “People on the Eastside have waited long enough for a ride that does not take an hour.”',
    'Opponents, including several owners of small shops along Fenwick Avenue, warned that two years of construction could drive them out of business. Council members Paul Hendry and Mae Sorensen cast the dissenting votes, arguing that the city had not done enough to protect those businesses.',
    '“I support better transit, but not at the cost of the corner stores that make Fenwick what it is,” Hendry said before the vote.',
    'To address those concerns, the council attached an amendment creating a $4 million relief fund for businesses within two blocks of the construction zone. Owners will be able to apply for grants of up to $25,000 once work begins on their block.',
    'The city expects federal transit grants to cover roughly half of the cost. The rest will come from a regional sales tax approved by voters in 2022 and from bonds the council is scheduled to consider in June.',
    'Ridership forecasts prepared by the city’s transportation department project about 14,000 trips a day on the extended line within five years of opening, a figure critics called optimistic given that the existing Route 4 carried an average of 9,300 riders a day last year.',
    'Mayor Ellen Park, who has said she will sign the measure, called the vote “a promise kept” in a statement released shortly after midnight. The city will hold the first of four design workshops for the new stations at the Eastside Library on May 3.',
  ],
};
