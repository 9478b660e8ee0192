import type { WallMessages } from './wall-en';

export const wallPtBR: WallMessages = {
  metrics: { points: 'Pontos', revenue: 'Receita', deals_won: 'Negócios ganhos', event_count: 'Eventos' },
  units: { points: 'pts' },
  sceneKinds: { leaderboard: 'Ranking', wins: 'Vitórias recentes', contest: 'Campanha', announcement: 'Aviso' },
  winsEmpty: 'Nenhuma vitória nos últimos 30 dias. A próxima aparece aqui ao vivo.',
  rankingEmpty: 'Nada contado ainda neste período: os primeiros números aparecem aqui ao vivo.',
  contest: {
    startsIn: 'Começa em',
    endsIn: 'Termina em',
    ended: 'Campanha encerrada',
    winner: 'Vencedor',
    leader: 'Na liderança',
    prize: (prize: string) => `Prêmio: ${prize}`,
    days: 'dias',
    hours: 'horas',
    minutes: 'min',
    seconds: 'seg',
  },
  celebration: {
    test: 'Comemoração de teste',
    testBody: 'É assim que uma vitória aparece e soa nesta TV.',
    more: (n: number) => `+${n} na fila`,
    points: (n: string) => `+${n} pts`,
    title: (event: string) => `${event}!`,
    customer: (name: string) => `com ${name}`,
  },
  soundBlocked: 'O som está desligado neste navegador: clique uma vez em qualquer lugar para ligar.',
  agoJustNow: 'agora mesmo',
};
