/** On a moved document's old address: go to the new one at once, keeping the #passage a link named. */
const target = document.getElementById('moved')?.dataset.target;
if (target) location.replace(`${target}${location.hash}`);
