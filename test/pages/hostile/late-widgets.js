// The "app": renders its view after load, as a single-page app would.
window.addWidgets = () => {
  document.getElementById('app').innerHTML = `
    <salon-event-calendar view="month"></salon-event-calendar>
    <salon-provider lang="es"><salon-swap-card></salon-swap-card></salon-provider>`;
};
