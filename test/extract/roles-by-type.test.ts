// Roles for every sub-event type, on sentences written by us: who ACLED codes as actor1 and actor2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignRoles } from '../../src/extract/actors/roles.js';
import type { SubEventType } from '../../src/core/taxonomy.js';

const CASES: [SubEventType, string, string, string | null, string | null][] = [
  ['Armed clash', 'Syria', 'Ahrar al-Sham fighters clashed with regime forces near Jisr al-Shughur.', 'AAS: Ahrar al Sham', 'Military Forces of Syria (2000-)'],
  ['Government regains territory', 'Syria', 'The town was recaptured from ISIS by the Syrian army after a week of fighting.', 'Military Forces of Syria (2000-)', 'Islamic State (Syria)'],
  ['Non-state actor overtakes territory', 'Syria', 'ISIS seized the town of Palmyra from government troops.', 'Islamic State (Syria)', 'Military Forces of Syria (2000-)'],
  // The noun's agent ("its liberation by insurgents") gains it, not the group whose building is named first.
  ['Non-state actor overtakes territory', 'Syria', 'Reporters filmed inside the former headquarters of ISIS in ad-Dana after its liberation by insurgents.', 'Opposition Rebels (Syria)', 'Islamic State (Syria)'],
  ['Chemical weapon', 'Syria', 'Regime helicopters dropped chlorine-filled barrels on Saraqib.', 'Military Forces of Syria (2000-)', null],
  ['Air/drone strike', 'Syria', 'Coalition warplanes struck ISIS positions near Raqqa.', 'Global Coalition Against Daesh', 'Islamic State (Syria)'],
  ['Suicide bomb', 'Syria', 'A suicide bomber blew himself up at a checkpoint in Homs, killing six civilians.', 'Unidentified Armed Group (Syria)', 'Civilians (Syria)'],
  ['Shelling/artillery/missile attack', 'Syria', 'Turkish artillery shelled YPG positions near Tal Rifaat.', 'Military Forces of Turkey (2016-)', 'YPG: Peoples Protection Units'],
  ['Remote explosive/landmine/IED', 'Afghanistan', 'A roadside bomb hit a police vehicle in Kandahar.', 'Unidentified Armed Group (Afghanistan)', 'Police Forces of Afghanistan (2014-2021)'],
  ['Grenade', 'India', 'Militants hurled a grenade at a police patrol in Srinagar.', 'Unidentified Armed Group (India)', 'Police Forces of India (2014-)'],
  ['Sexual violence', 'Sudan', 'Janjaweed fighters raped women in a village near El Geneina.', 'RSF: Rapid Support Forces', 'Civilians (Sudan)'],
  ['Attack', 'Nigeria', 'Boko Haram militants killed five farmers near Maiduguri.', 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', 'Civilians (Nigeria)'],
  ['Abduction/forced disappearance', 'Syria', 'Unknown gunmen kidnapped an aid worker in Idlib.', 'Unidentified Armed Group (Syria)', 'Civilians (Syria)'],
  ['Peaceful protest', 'Lebanon', 'Demonstrators marched through central Beirut against corruption.', 'Protesters (Lebanon)', null],
  ['Protest with intervention', 'Iraq', 'Police dispersed protesters with tear gas in Basra.', 'Protesters (Iraq)', 'Police Forces of Iraq (2018-2020)'],
  ['Excessive force against protesters', 'Iraq', 'Security forces opened fire on demonstrators in Nasiriyah, killing four.', 'Military Forces of Iraq (2018-2020)', 'Protesters (Iraq)'],
  ['Violent demonstration', 'Kenya', 'Protesters burned tyres and stoned police in Kisumu.', 'Rioters (Kenya)', 'Police Forces of Kenya (2013-2022)'],
  ['Mob violence', 'India', 'A mob lynched a man accused of theft in Jharkhand.', 'Rioters (India)', 'Civilians (India)'],
  ['Agreement', 'Syria', 'Rebels and the regime agreed a ceasefire in Daraa.', 'Opposition Rebels (Syria)', 'Military Forces of Syria (2000-)'],
  ['Arrests', 'Turkey', 'Turkish police detained 20 journalists in Istanbul.', 'Police Forces of Turkey (2016-)', 'Civilians (Turkey)'],
  ['Change to group/activity', 'Syria', 'Hezbollah sent reinforcements to Qusayr.', 'Hezbollah', null],
  ['Disrupted weapons use', 'Iraq', 'Iraqi forces defused 30 IEDs planted by ISIS in Mosul.', 'Military Forces of Iraq (2018-2020)', 'Islamic State (Iraq)'],
  ['Headquarters or base established', 'Syria', 'Russian forces set up a base near Qamishli.', 'Military Forces of Russia (2000-)', null],
  ['Looting/property destruction', 'Syria', 'NDF militiamen looted homes in the village.', 'NDF: National Defence Forces', null],
  ['Non-violent transfer of territory', 'Syria', 'ISIS withdrew from Dana without a fight.', 'Islamic State (Syria)', null],
  ['Other', 'Syria', 'HTS released 30 prisoners in Idlib.', 'HTS: Hayat Tahrir al Sham', 'Civilians (Syria)'],
];

for (const [sub, country, text, a1, a2] of CASES) {
  test(`roles for ${sub}`, () => {
    const r = assignRoles(text, sub, { country, date: '2019-06-01' });
    assert.equal(r.actor1?.label ?? null, a1, 'actor1');
    assert.equal(r.actor2?.label ?? null, a2, 'actor2');
  });
}
